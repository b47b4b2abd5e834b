import { describe, expect, it } from "vitest";
import { holdingMost } from "./holding-most";

describe("the report a dashboard opens on, of several of the newest year", () => {
  // Newest first: the State Council's (imported last, 7 commitments) before the city's own (164).
  const reports = [{ id: 2, title: "国务院 2023" }, { id: 1, title: "洛阳市 2023" }];

  it("is the one holding most of the reader's commitments, not merely the newest", () => {
    expect(holdingMost(reports, new Map([[1, 164], [2, 7]]))?.id).toBe(1);
    // An official of the city: none of the State Council's are their department's.
    expect(holdingMost(reports, new Map([[1, 12]]))?.id).toBe(1);
  });

  it("is the newest on a tie, or when none holds any", () => {
    expect(holdingMost(reports, new Map([[1, 5], [2, 5]]))?.id).toBe(2);
    expect(holdingMost(reports, new Map())?.id).toBe(2);
    expect(holdingMost([], new Map())).toBeNull();
  });
});
