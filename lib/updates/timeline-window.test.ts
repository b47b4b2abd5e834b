import { describe, expect, it } from "vitest";
import { timelineWindow } from "./timeline-window";
import type { UpdateView } from "./types";

const update = (id: number, state: UpdateView["state"] = "APPROVED", resubmittedById: number | null = null): UpdateView => ({
  id,
  commitmentId: 1,
  state,
  asOf: "2023-06-30",
  actualValue: "1",
  done: null,
  percent: 10,
  narrative: "",
  authorName: "",
  authorDisabled: false,
  createdAt: "2023-07-01T00:00:00.000Z",
  reviewerName: null,
  reviewerDisabled: false,
  reviewNote: null,
  reviewedAt: null,
  resubmitsId: null,
  resubmittedById,
  revoked: false,
  evidence: [],
});

describe("timelineWindow", () => {
  it("shows a short history whole", () => {
    const updates = [update(3), update(2), update(1)];
    expect(timelineWindow(updates, false, 5)).toEqual({ shown: updates, hidden: 0 });
  });

  it("shows the newest ones of a long history and counts the rest", () => {
    const updates = Array.from({ length: 8 }, (_, i) => update(8 - i));
    const { shown, hidden } = timelineWindow(updates, false, 5);
    expect(shown.map((u) => u.id)).toEqual([8, 7, 6, 5, 4]);
    expect(hidden).toBe(3);
  });

  it("never hides an older update that still waits for someone", () => {
    const updates = [update(9), update(8), update(7), update(6, "SUBMITTED"), update(5, "RETURNED"), update(4, "RETURNED", 10), update(3)];
    const { shown, hidden } = timelineWindow(updates, false, 3);
    expect(shown.map((u) => u.id)).toEqual([9, 8, 7, 6, 5]);
    expect(hidden).toBe(2);
  });

  it("shows everything when asked", () => {
    const updates = Array.from({ length: 8 }, (_, i) => update(8 - i));
    expect(timelineWindow(updates, true, 5)).toEqual({ shown: updates, hidden: 0 });
  });
});
