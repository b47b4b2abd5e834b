import { describe, expect, it } from "vitest";
import { formatLatestActual, formatPercent, formatReportedActual, formatTargetOrMilestone } from "./format-figures";

const target = { targetValue: null, targetMin: null, targetMax: null, unit: null };
const marks = { yes: "已完成", no: "未完成" };

describe("formatTargetOrMilestone", () => {
  it("writes a numeric target as formatTarget does, in the reader's language", () => {
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "EQUAL", targetValue: "11.0000", unit: "万亩" }, "节点任务", "zh")).toBe("11万亩");
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "GROWTH", targetValue: "-3.0000", unit: "%" }, "Milestone", "en")).toBe("down 3%");
    // The list and my work write an English target as the progress report does.
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "EQUAL", targetValue: "388.0000", unit: "个" }, "Milestone", "en")).toBe("388");
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "GROWTH", targetValue: "0.7000", unit: "个百分点" }, "Milestone", "en")).toBe("up 0.7 percentage points");
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "AT_LEAST", targetValue: "5.0000", unit: "万套" }, "Milestone", "en")).toBe("≥ 50,000");
    expect(formatTargetOrMilestone({ ...target, kind: "NUMERIC", comparator: "AT_LEAST", targetValue: "5.0000", unit: "万套" }, "节点任务", "zh")).toBe("≥ 5万套");
  });
  it("names a milestone instead of a figure", () => {
    expect(formatTargetOrMilestone({ ...target, kind: "MILESTONE", comparator: null }, "节点任务", "zh")).toBe("节点任务");
    // Even a milestone the extractor gave a comparator reads as a milestone.
    expect(formatTargetOrMilestone({ ...target, kind: "MILESTONE", comparator: "EQUAL", targetValue: "1.0000", unit: "个" }, "节点任务", "zh")).toBe("节点任务");
  });
});

describe("formatLatestActual", () => {
  it("writes the approved figure as the report would, with the unit", () => {
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "100.0000", latestPercent: "100.00", unit: "个" }, marks, "zh")).toBe("100个");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "5.5000", latestPercent: "50.00", unit: "万亩" }, marks, "zh")).toBe("5.5万亩");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: 388, latestPercent: 100, unit: null }, marks, "zh")).toBe("388");
  });
  it("writes it in English as the progress report does: a measure word dropped, 万 and 亿 written out", () => {
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "388.0000", latestPercent: "100.00", unit: "个" }, marks, "en")).toBe("388");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "2.0000", latestPercent: "100.00", unit: "万个" }, marks, "en")).toBe("20,000");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "0.7000", latestPercent: "100.00", unit: "个百分点" }, marks, "en")).toBe("0.7 percentage points");
    expect(formatLatestActual({ kind: "NUMERIC", latestActual: "1200", latestPercent: "100.00", unit: "吨/日" }, marks, "en")).toBe("1,200 tonnes/day");
  });
  it("says whether a milestone is done, which has no figure", () => {
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: "100.00", unit: null }, marks, "zh")).toBe("已完成");
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: "0.00", unit: null }, marks, "zh")).toBe("未完成");
    expect(formatLatestActual({ kind: "MILESTONE", latestActual: null, latestPercent: null, unit: null }, marks, "zh")).toBe("");
  });
});

describe("formatReportedActual", () => {
  it("writes a numeric update's figure with the unit, or a dash when it has none", () => {
    expect(formatReportedActual({ done: null, actualValue: "60" }, "个", marks, "zh")).toBe("60个");
    expect(formatReportedActual({ done: null, actualValue: null }, null, marks, "zh")).toBe("—");
    expect(formatReportedActual({ done: null, actualValue: "7.5" }, undefined, marks, "zh")).toBe("7.5");
  });
  it("writes it in English as the progress report does", () => {
    expect(formatReportedActual({ done: null, actualValue: "60" }, "个", marks, "en")).toBe("60");
    expect(formatReportedActual({ done: null, actualValue: "1.6" }, "万场", marks, "en")).toBe("16,000");
    expect(formatReportedActual({ done: null, actualValue: "386" }, "亿元", marks, "en")).toBe("38.6 billion yuan");
    expect(formatReportedActual({ done: null, actualValue: null }, "个", marks, "en")).toBe("—");
  });
  it("writes a milestone update as done or not done", () => {
    expect(formatReportedActual({ done: true, actualValue: null }, "个", marks, "zh")).toBe("已完成");
    expect(formatReportedActual({ done: false, actualValue: null }, null, { yes: "✓", no: "✗" }, "zh")).toBe("✗");
  });
});

describe("formatPercent", () => {
  it("says the two decimals a percent is kept with, without trailing zeros, on every page alike", () => {
    // 1/3 of 高标准农田11万亩: the list showed 33%, the commitment's page 33.33%.
    expect(formatPercent("33.33")).toBe("33.33%");
    expect(formatPercent("50.00")).toBe("50%");
    expect(formatPercent("0.00")).toBe("0%");
    expect(formatPercent(77.32)).toBe("77.32%");
    expect(formatPercent(49.58904109589041)).toBe("49.59%");
  });
  it("keeps an unmet figure below 100 (重点项目完成投资 399.996 of 400亿元), and a met one at 100", () => {
    expect(formatPercent(99.999)).toBe("99.99%");
    expect(formatPercent("99.99")).toBe("99.99%");
    expect(formatPercent("100.00")).toBe("100%");
  });
});
