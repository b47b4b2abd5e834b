import { describe, expect, it } from "vitest";
import type { TargetFields } from "@/lib/commitments/format-target";
import { changeProblems } from "./change-problems";

// Targets of the Luoyang 2023 report (data/reports/luoyang-2023.txt).
const farmland = { comparator: "AT_LEAST" as const, targetValue: "11.0000", targetMin: null, targetMax: null, unit: "万亩" }; // 新增高标准农田11万亩
const listings = { comparator: "RANGE" as const, targetValue: null, targetMin: "3.0000", targetMax: "4.0000", unit: "家" }; // 力争新增上市企业3—4家
const investment = { comparator: "GROWTH" as const, targetValue: "11.0000", targetMin: null, targetMax: null, unit: "%" }; // 固定资产投资增长11%
// Planned falls, from the State Council's report (cn-state-council-2023.txt): 能耗下降8.1%, and as a range.
const energy = { comparator: "GROWTH" as const, targetValue: "-8.1000", targetMin: null, targetMax: null, unit: "%" };
const fallRange = { comparator: "RANGE" as const, targetValue: null, targetMin: "-3.0000", targetMax: "-2.0000", unit: "%" };
const numeric = (target: TargetFields) => ({ kind: "NUMERIC" as const, deadline: "2023-12-31", target });
const adjust = { kind: "ADJUST_TARGET" as const, proposedDeadline: null, proposedValue: null, proposedMin: null, proposedMax: null };
const today = "2023-06-30";

describe("changeProblems: every mistake of a 延期 / 调整 request at once, each at its field", () => {
  it("names both bounds of a range missing, or its order and its sign together", () => {
    expect(changeProblems(numeric(listings), adjust, today)).toEqual([
      { field: "proposedMin", messageKey: "form.required" },
      { field: "proposedMax", messageKey: "form.required" },
    ]);
    // -1 to -4 listed firms: reversed, and a count below zero.
    expect(changeProblems(numeric(listings), { ...adjust, proposedMin: -1, proposedMax: -4 }, today)).toEqual([
      { field: "proposedMax", messageKey: "workflow.change.rangeOrder" },
      { field: "proposedMin", messageKey: "workflow.change.negative" },
    ]);
    expect(changeProblems(numeric(listings), { ...adjust, proposedMin: -1, proposedMax: null }, today)).toEqual([
      { field: "proposedMax", messageKey: "form.required" },
      { field: "proposedMin", messageKey: "workflow.change.negative" },
    ]);
    expect(changeProblems(numeric(listings), { ...adjust, proposedMin: 2, proposedMax: 3 }, today)).toEqual([]);
  });

  it("refuses the target as it is, 0 for a level to reach, a quantity below zero, a fall turned rise", () => {
    const value = (target: TargetFields, proposedValue: number) => changeProblems(numeric(target), { ...adjust, proposedValue }, today).map((p) => [p.field, p.messageKey]);
    expect(value(farmland, 11)).toEqual([["proposedValue", "workflow.change.sameTarget"]]);
    expect(value(farmland, 0)).toEqual([["proposedValue", "workflow.change.zeroTarget"]]);
    expect(value(farmland, -5)).toEqual([["proposedValue", "workflow.change.negative"]]);
    expect(value(energy, 2)).toEqual([["proposedValue", "workflow.change.fallSign"]]);
    expect(value(energy, -2)).toEqual([]);
    // A growth rate of 0, or below it, is a real target.
    expect(value(investment, 0)).toEqual([]);
    expect(value(investment, -2)).toEqual([]);
    expect(changeProblems(numeric(fallRange), { ...adjust, proposedMin: 1, proposedMax: 2 }, today)).toEqual([{ field: "proposedMin", messageKey: "workflow.change.fallSign" }]);
  });

  it("asks an extension for a later day, not past, within five years", () => {
    const extend = (proposedDeadline: string | null) => changeProblems(numeric(farmland), { ...adjust, kind: "EXTEND_DEADLINE", proposedDeadline }, today);
    expect(extend(null)).toEqual([{ field: "proposedDeadline", messageKey: "form.required" }]);
    expect(extend("2023-12-31")).toEqual([{ field: "proposedDeadline", messageKey: "workflow.change.deadlineNotLater", params: { deadline: "2023-12-31" } }]);
    expect(extend("2099-12-31")).toEqual([{ field: "proposedDeadline", messageKey: "workflow.change.deadlineTooFar", params: { latest: "2028-12-31", years: 5 } }]);
    expect(extend("2024-06-30")).toEqual([]);
    // The deadline passed: a day later than it but before today is past.
    expect(changeProblems({ deadline: "2023-03-31" }, { kind: "EXTEND_DEADLINE", proposedDeadline: "2023-05-31" }, today)).toEqual([
      { field: "proposedDeadline", messageKey: "workflow.change.deadlinePast", params: { today } },
    ]);
  });

  it("gives a milestone no target (建成“示范村”500个 is counted; 6月底前公交集团完成股权划转 is not)", () => {
    expect(changeProblems({ kind: "MILESTONE", deadline: "2023-06-30" }, { ...adjust, proposedValue: 1 }, today)).toEqual([{ field: "kind", messageKey: "workflow.change.milestoneTarget" }]);
  });

  it("leaves out a rule it was not given and a field already refused as unreadable", () => {
    expect(changeProblems({}, { ...adjust, proposedValue: -5 }, today)).toEqual([]);
    // Nor a day already past: without the current deadline, which is said first, it is not known which to say.
    expect(changeProblems({}, { kind: "EXTEND_DEADLINE", proposedDeadline: "2023-01-01" }, today)).toEqual([]);
    expect(changeProblems({}, { kind: "EXTEND_DEADLINE", proposedDeadline: null }, today)).toEqual([{ field: "proposedDeadline", messageKey: "form.required" }]);
    expect(changeProblems(numeric(listings), { ...adjust, proposedMin: undefined, proposedMax: 2 }, today)).toEqual([]);
    expect(changeProblems(numeric(farmland), { kind: undefined, proposedValue: -5 }, today)).toEqual([]);
  });
});

