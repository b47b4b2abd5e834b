import { describe, expect, it } from "vitest";
import { acceptedRows, mergeWithNext, splitRow, updateRow } from "./review-rows";
import type { ReviewRow } from "./review-types";

const row = (key: string, start: number, end: number, rejected = false): ReviewRow => ({
  key, section: "二", theme: null, kind: "numeric", start, end, indicator: key, value: 1, min: null, max: null, unit: "个",
  comparator: "=", deadline: "2023-12-31", deadlineStated: false, leadDepartmentId: null, supportingDepartmentIds: [],
  responsibleUserId: null, rejected,
});

describe("review row edits", () => {
  it("merges with the next row that is not rejected, spanning both quotes", () => {
    const rows = [row("a", 10, 20), row("b", 20, 25, true), row("c", 30, 40)];
    expect(mergeWithNext(rows, "a").map((r) => [r.key, r.start, r.end])).toEqual([["a", 10, 40], ["b", 20, 25]]);
  });
  it("splits a row into two with the same span, right after it", () => {
    expect(splitRow([row("a", 1, 2), row("b", 3, 4)], "a", "n1").map((r) => r.key)).toEqual(["a", "n1", "b"]);
  });
  it("accepts every row not rejected, without the review flag", () => {
    const rows = updateRow([row("a", 1, 2), row("b", 3, 4)], "a", { rejected: true });
    const accepted = acceptedRows(rows);
    expect(accepted.map((r) => r.key)).toEqual(["b"]);
    expect(accepted[0]).not.toHaveProperty("rejected");
  });
});
