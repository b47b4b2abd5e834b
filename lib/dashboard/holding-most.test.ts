import { describe, expect, it } from "vitest";
import { defaultReport, holdingMost } from "./holding-most";

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

describe("the report a page opens on when none is asked for", () => {
  // Newest first: another city's 2025 report, then the State Council's and the city's own of 2023.
  const reports = [
    { id: 3, year: 2025, title: "北京市 2025" },
    { id: 2, year: 2023, title: "国务院 2023" },
    { id: 1, year: 2023, title: "洛阳市 2023" },
  ];

  it("passes over a newer report holding nothing of the reader's (QA: an official opened on “0 commitments”)", () => {
    expect(defaultReport(reports, new Map([[1, 17]]))?.id).toBe(1);
  });

  it("is of the newest year holding any of the reader's, the one of that year holding most", () => {
    expect(defaultReport(reports, new Map([[3, 60], [1, 164], [2, 7]]))?.id).toBe(3);
    expect(defaultReport(reports, new Map([[1, 164], [2, 7]]))?.id).toBe(1);
    expect(defaultReport(reports, new Map([[1, 5], [2, 5]]))?.id).toBe(2);
  });

  it("is the newest when nothing anywhere is the reader's, and none without reports", () => {
    expect(defaultReport(reports, new Map())?.id).toBe(3);
    expect(defaultReport([], new Map())).toBeNull();
  });
});
