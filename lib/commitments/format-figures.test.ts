import { describe, expect, it } from "vitest";
import { formatLatestActual, formatReportedActual, formatTargetOrMilestone } from "./format-figures";

const target = { targetValue: null, targetMin: null, targetMax: null, unit: null };
const marks = { yes: "已完成", no: "未完成" };

describe("formatTargetOrMilestone", () => {
  it("writes a numeric target as formatTarget does, in the reader's language", () => {
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "EQUAL", targetValue: "11.0000", unit: "万亩" }, "节点任务", "zh")).toBe("11万亩");
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "GROWTH", targetValue: "-3.0000", unit: "%" }, "Milestone", "en")).toBe("down 3%");
  });
  it("names a milestone instead of a figure", () => {
    expect(formatTargetOrMilestone({ ...target, kind: "MILESTONE", comparator: null }, "节点任务", "zh")).toBe("节点任务");
    // Even a milestone the extractor gave a comparator reads as a milestone.
    expect(formatTargetOrMilestone({ ...target, kind: "MILESTONE", comparator: "EQUAL", targetValue: "1.0000", unit: "个" }, "节点任务", "zh")).toBe("节点任务");
  });
});

describe("formatLatestActual", () => {
  it("writes the approved figure as the report would, with the unit", () => {
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "100.0000", latestPercent: "100.00", unit: "个" }, marks)).toBe("100个");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "5.5000", latestPercent: "50.00", unit: "万亩" }, marks)).toBe("5.5万亩");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: 388, latestPercent: 100, unit: null }, marks)).toBe("388");
  });
  it("says whether a milestone is done, which has no figure", () => {
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: "100.00", unit: null }, marks)).toBe("已完成");
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: "0.00", unit: null }, marks)).toBe("未完成");
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: null, unit: null }, marks)).toBe("");
  });
});

describe("formatReportedActual", () => {
  it("writes a numeric update's figure with the unit, or a dash when it has none", () => {
    expect(formatReportedActual({ done: null, actualValue: "60" }, "个", marks)).toBe("60个");
    expect(formatReportedActual({ done: null, actualValue: null }, null, marks)).toBe("—");
    expect(formatReportedActual({ done: null, actualValue: "7.5" }, undefined, marks)).toBe("7.5");
  });
  it("writes a milestone update as done or not done", () => {
    expect(formatReportedActual({ done: true, actualValue: null }, "个", marks)).toBe("已完成");
    expect(formatReportedActual({ done: false, actualValue: null }, null, { yes: "✓", no: "✗" })).toBe("✗");
  });
});
