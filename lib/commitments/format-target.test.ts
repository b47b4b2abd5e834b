import { describe, expect, it } from "vitest";
import { formatTarget, isPlannedFall, splitTarget } from "./format-target";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";

const base = { targetValue: null, targetMin: null, targetMax: null, unit: null };

describe("formatTarget", () => {
  it("writes each comparator the way the report reads", () => {
    expect(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "2500.0000", unit: "个" })).toBe("≥ 2500个");
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: "5.0000", targetMax: "8.0000", unit: "个" })).toBe("5–8个");
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: "7.0000", unit: "%" })).toBe("增长 7%");
    expect(formatTarget({ ...base, comparator: "AT_MOST", targetValue: "5.5000", unit: "%" })).toBe("≤ 5.5%");
    expect(formatTarget({ ...base, comparator: "EQUAL", targetValue: "0.2500", unit: "万亩" })).toBe("0.25万亩");
    expect(formatTarget({ ...base, comparator: "APPROX", targetValue: 3.5, unit: "%" }, "en")).toBe("≈ 3.5%");
  });
  it("writes a negative growth target as a fall", () => {
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: "-3.0000", unit: "%" })).toBe("下降 3%");
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: -2.5, unit: "%" }, "en")).toBe("down 2.5%");
  });
  it("writes a range of fall (stored −3…−2) as the report does", () => {
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: "-3.0000", targetMax: "-2.0000", unit: "%" })).toBe("下降 2–3%");
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: -2, targetMax: -3, unit: "%" }, "en")).toBe("down 2–3%");
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: -1, targetMax: 0, unit: "%" })).toBe("下降 0–1%");
  });
  it("writes a range without a top as its bottom to reach", () => {
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: "3.0000", targetMax: null, unit: "个" })).toBe("≥ 3个");
  });
  it("knows a planned fall: a negative growth or a range below zero", () => {
    expect(isPlannedFall({ ...base, comparator: "GROWTH", targetValue: "-0.5000" })).toBe(true);
    expect(isPlannedFall({ ...base, comparator: "GROWTH", targetValue: 0 })).toBe(false);
    expect(isPlannedFall({ ...base, comparator: "RANGE", targetMin: -3, targetMax: -2 })).toBe(true);
    expect(isPlannedFall({ ...base, comparator: "RANGE", targetMin: -1, targetMax: 1 })).toBe(false);
    expect(isPlannedFall({ ...base, comparator: "RANGE", targetMin: -3, targetMax: null })).toBe(false);
    expect(isPlannedFall({ ...base, comparator: "AT_MOST", targetValue: -1 })).toBe(false);
  });
  it("is empty for milestones", () => {
    expect(formatTarget({ ...base, comparator: null })).toBe("");
  });
});

describe("splitTarget", () => {
  it("cuts the reader's words from the report's figure, in either language", () => {
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "50.0000", unit: "亿斤" }, "en"))).toEqual({ words: "≥ ", figure: "50亿斤" });
    expect(splitTarget(formatTarget({ ...base, comparator: "GROWTH", targetValue: "7.0000", unit: "%" }, "en"))).toEqual({ words: "up ", figure: "7%" });
    expect(splitTarget(formatTarget({ ...base, comparator: "RANGE", targetMin: "-3.0000", targetMax: "-2.0000", unit: "%" }, "zh"))).toEqual({ words: "下降 ", figure: "2–3%" });
    expect(splitTarget(formatTarget({ ...base, comparator: "EQUAL", targetValue: "11.0000", unit: "万亩" }, "en"))).toEqual({ words: "", figure: "11万亩" });
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "-5.0000", unit: "℃" }, "en"))).toEqual({ words: "≥ ", figure: "-5℃" });
  });
  it("leaves the milestone label all words", () => {
    expect(splitTarget(en["commitments.milestone"])).toEqual({ words: "Milestone", figure: "" });
    expect(splitTarget(zh["commitments.milestone"])).toEqual({ words: "节点任务", figure: "" });
  });
});
