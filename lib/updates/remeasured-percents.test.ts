import { describe, expect, it } from "vitest";
import { percentNow, remeasuredPercents } from "./remeasured-percents";

// 洛阳 2023: 粮食总产量 (here a target of 50亿斤, later lowered to 20 by an approved change).
const target = (targetValue: number) => ({ kind: "NUMERIC" as const, comparator: "AT_LEAST" as const, targetValue, targetMin: null, targetMax: null, baseline: null, unit: "亿斤", originalTargetValue: 50, originalTargetMin: null, originalTargetMax: null });
const approved = { id: 1, state: "APPROVED", actualValue: "12.1235", done: null, percent: 24.25 };

describe("approved readings measured against the target in force", () => {
  it("are none while the target is the report's own, whatever percent a reading stored", () => {
    expect(remeasuredPercents(target(50), [approved]).size).toBe(0);
    expect(remeasuredPercents(target(50), [{ ...approved, percent: 12 }]).size).toBe(0);
  });

  it("give the percent against a changed target, and leave waiting or returned readings alone", () => {
    const remeasured = remeasuredPercents(target(20), [approved, { ...approved, id: 2, state: "SUBMITTED" }, { ...approved, id: 3, state: "RETURNED" }]);
    expect([...remeasured]).toEqual([[1, 60.62]]);
    expect(percentNow(approved, remeasured)).toBe(60.62);
    expect(percentNow({ id: 2, percent: 24.25 }, remeasured)).toBe(24.25);
  });
});
