import { describe, expect, it } from "vitest";
import { formatTarget, isAboutGrowth, isPlannedFall, splitTarget } from "./format-target";
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
  it("says a growth the report called approximate is one (its quote writes 左右 or 上下 after the figure)", () => {
    // State Council 2023 and Beijing 2025 二; Luoyang 2023 writes a space before the unit.
    const gdp = { ...base, comparator: "GROWTH" as const, targetValue: "5.0000", unit: "%", quote: "国内生产总值增长5%左右" };
    expect(formatTarget(gdp)).toBe("增长约 5%");
    expect(formatTarget(gdp, "en")).toBe("up about 5%");
    expect(formatTarget({ ...gdp, targetValue: "6.0000", quote: "一般公共预算收入增长 6% 左右" })).toBe("增长约 6%");
    expect(formatTarget({ ...gdp, targetValue: "-3.0000", quote: "单位生产总值能耗下降3%左右" })).toBe("下降约 3%");
    expect(formatTarget({ ...gdp, targetValue: -3, quote: "单位生产总值能耗下降3%左右" }, "en")).toBe("down about 3%");
    // The promise of "增长6.5%左右、力争7%" is 6.5, about.
    expect(formatTarget({ ...gdp, targetValue: "6.5000", quote: "增长6.5%左右、力争7%" })).toBe("增长约 6.5%");
  });
  it("does not call a growth approximate that the report did not, or that was adjusted since", () => {
    const gdp = { ...base, comparator: "GROWTH" as const, targetValue: "5.0000", unit: "%", quote: "国内生产总值增长5%左右" };
    expect(formatTarget({ ...gdp, quote: "规上工业增加值增长8%", targetValue: "8.0000" })).toBe("增长 8%");
    expect(formatTarget({ ...gdp, quote: null })).toBe("增长 5%");
    // Adjusted (调整) to 4.5: the quote's 5%左右 is not this figure; nor is 15% or 0.5% 5%.
    expect(formatTarget({ ...gdp, targetValue: "4.5000" })).toBe("增长 4.5%");
    expect(isAboutGrowth({ ...gdp, quote: "增长15%左右" })).toBe(false);
    expect(isAboutGrowth({ ...gdp, quote: "增长0.5%左右" })).toBe(false);
    // Only a growth: an approximate level is APPROX already, a ceiling's 左右 softens the limit.
    expect(formatTarget({ ...gdp, comparator: "AT_MOST", quote: "城镇调查失业率5.5%左右", targetValue: "5.5000" })).toBe("≤ 5.5%");
  });
  it("is empty for milestones", () => {
    expect(formatTarget({ ...base, comparator: null })).toBe("");
  });
});

describe("splitTarget", () => {
  it("cuts the reader's words from the figure, in either language", () => {
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "50.0000", unit: "亿斤" }, "zh"))).toEqual({ words: "≥ ", figure: "50亿斤" });
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "50.0000", unit: "亿斤" }, "en"))).toEqual({ words: "≥ ", figure: "5 billion jin" });
    expect(splitTarget(formatTarget({ ...base, comparator: "GROWTH", targetValue: "7.0000", unit: "%" }, "en"))).toEqual({ words: "up ", figure: "7%" });
    expect(splitTarget(formatTarget({ ...base, comparator: "RANGE", targetMin: "-3.0000", targetMax: "-2.0000", unit: "%" }, "zh"))).toEqual({ words: "下降 ", figure: "2–3%" });
    expect(splitTarget(formatTarget({ ...base, comparator: "EQUAL", targetValue: "11.0000", unit: "万亩" }, "zh"))).toEqual({ words: "", figure: "11万亩" });
    expect(splitTarget(formatTarget({ ...base, comparator: "EQUAL", targetValue: "11.0000", unit: "万亩" }, "en"))).toEqual({ words: "", figure: "110,000 mu" });
    // A unit English has no entry for stays as the report wrote it (marked Chinese: figureLang).
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "3.0000", unit: "万册次" }, "en"))).toEqual({ words: "≥ ", figure: "3万册次" });
    expect(splitTarget(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "-5.0000", unit: "℃" }, "en"))).toEqual({ words: "≥ ", figure: "-5℃" });
  });
  it("leaves the milestone label all words", () => {
    expect(splitTarget(en["commitments.milestone"])).toEqual({ words: "Milestone", figure: "" });
    expect(splitTarget(zh["commitments.milestone"])).toEqual({ words: "节点任务", figure: "" });
  });
});
