import { describe, expect, it } from "vitest";
import { STATUS_LIGHTS, type StatusLight } from "@/lib/progress/status-light";
import { toLedgerSummary, type LedgerSummaryRow } from "./ledger-summary-sql";

const counts = (given: Partial<Record<StatusLight, number>>) => Object.fromEntries(STATUS_LIGHTS.map((l) => [l, given[l] ?? 0])) as Record<StatusLight, number>;

describe("the summary sheet's lines, from the aggregate's rows", () => {
  it("keeps the departments in the statement's order, every light counted, and the total line apart", () => {
    const rows: LedgerSummaryRow[] = [
      { departmentId: 3, department: "市发展改革委", isTotal: false, total: 2, meanPercent: 50, ...counts({ OVERDUE: 1, VERIFIED: 1 }) },
      { departmentId: null, department: null, isTotal: false, total: 1, meanPercent: 0, ...counts({ NOT_STARTED: 1 }) },
      { departmentId: null, department: null, isTotal: true, total: 3, meanPercent: 33.33, ...counts({ OVERDUE: 1, VERIFIED: 1, NOT_STARTED: 1 }) },
    ];
    const summary = toLedgerSummary(rows);
    expect(summary.departments.map((d) => [d.department, d.total])).toEqual([["市发展改革委", 2], [null, 1]]);
    expect(summary.departments[0].lights).toEqual(counts({ OVERDUE: 1, VERIFIED: 1 }));
    expect(Object.keys(summary.departments[0].lights)).toEqual([...STATUS_LIGHTS]);
    expect(summary.total).toEqual({ departmentId: null, department: null, total: 3, meanPercent: 33.33, lights: counts({ OVERDUE: 1, VERIFIED: 1, NOT_STARTED: 1 }) });
  });

  it("refuses rows without the total line rather than write a summary without its total", () => {
    expect(() => toLedgerSummary([])).toThrow(/total/);
  });
});
