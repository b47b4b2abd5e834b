import { describe, expect, it } from "vitest";
import { isShare, lowestReading, mayBeNegative } from "./negative-reading";

const target = { comparator: "AT_LEAST" as const, targetValue: "388", targetMin: null, targetMax: null, unit: "个" };

describe("whether an actual figure may be below zero", () => {
  it("not for a count, an area or an amount (实施388个重大项目: -5 个 is a typo)", () => {
    expect(mayBeNegative(target)).toBe(false);
    expect(mayBeNegative({ ...target, comparator: "EQUAL", targetValue: "11", unit: "万亩" })).toBe(false);
    expect(mayBeNegative({ ...target, comparator: "APPROX", targetValue: "600", unit: "亿元" })).toBe(false);
  });

  it("not for a range of counts (Luoyang: 新增上市企业3—4家)", () => {
    expect(mayBeNegative({ ...target, comparator: "RANGE", targetValue: null, targetMin: "3", targetMax: "4", unit: "家" })).toBe(false);
  });

  it("for growth rates, ranges of rates and any rate (a CPI of 2% may come in at −0.3%)", () => {
    expect(mayBeNegative({ ...target, comparator: "GROWTH", targetValue: "6.5", unit: "%" })).toBe(true);
    expect(mayBeNegative({ ...target, comparator: "RANGE", targetValue: null, targetMin: "5", targetMax: "6", unit: "%" })).toBe(true);
    expect(mayBeNegative({ ...target, comparator: "APPROX", targetValue: "2", unit: "%" })).toBe(true);
    expect(mayBeNegative({ ...target, comparator: "AT_MOST", targetValue: "0.5", unit: "个百分点" })).toBe(true);
    // Units as an admin may type them.
    expect(mayBeNegative({ ...target, comparator: "RANGE", targetValue: null, targetMin: "1", targetMax: "2", unit: "％" })).toBe(true);
    expect(mayBeNegative({ ...target, comparator: "EQUAL", targetValue: "5", unit: "‰" })).toBe(true);
    expect(mayBeNegative({ ...target, comparator: "AT_LEAST", targetValue: "1", unit: "百分点" })).toBe(true);
  });

  it("for a target below zero itself", () => {
    expect(mayBeNegative({ ...target, comparator: "EQUAL", targetValue: "-3", unit: "万吨" })).toBe(true);
  });
});

describe("the least an actual figure can be", () => {
  it("is 0 for a count, -100 for a growth rate in percent, and none for other rates", () => {
    expect(lowestReading(target)).toBe(0);
    expect(lowestReading({ ...target, comparator: "GROWTH", targetValue: "11", unit: "%" })).toBe(-100);
    expect(lowestReading({ ...target, comparator: "GROWTH", targetValue: "-3", unit: "％" })).toBe(-100);
    expect(lowestReading({ ...target, comparator: "GROWTH", targetValue: "0.5", unit: "个百分点" })).toBeNull();
    expect(lowestReading({ ...target, comparator: "AT_MOST", targetValue: "3", unit: "%" })).toBeNull();
  });
});

describe("whether a figure is a share of a whole, between 0 and 100", () => {
  const level = (indicator: string, targetValue: string, comparator: "AT_LEAST" | "AT_MOST" | "EQUAL" | "GROWTH" = "AT_LEAST", unit = "%") => ({ ...target, indicator, comparator, targetValue, unit });
  it("a level in percent the reports set (洛阳: 农作物良种覆盖率97%, 民营经济总量占GDP比重62%, 伊滨智慧岛建设进度60%, “达标集镇”25%; 北京: 绿色企业比例30%)", () => {
    for (const [indicator, value] of [["农作物良种覆盖率", "97"], ["民营经济总量占GDP比重", "62"], ["伊滨智慧岛建设进度", "60"], ["“达标集镇”", "25"], ["绿色企业比例", "30"], ["城镇调查失业率", "5.5"]] as const) {
      expect(isShare(level(indicator, value)), indicator).toBe(true);
    }
    expect(isShare(level("国省控地表水断面达标率", "100", "EQUAL", "％"))).toBe(true);
  });
  it("not a change or a ratio that may pass the whole (居民消费价格涨幅 may fall below zero; 完成率 120%)", () => {
    expect(isShare(level("居民消费价格涨幅", "3", "AT_MOST"))).toBe(false);
    expect(isShare(level("固定资产投资", "11", "GROWTH"))).toBe(false);
    expect(isShare(level("资产负债率", "60", "AT_MOST"))).toBe(false);
    expect(isShare(level("年度计划完成率", "100"))).toBe(false);
  });
  it("not a figure in points or another unit, nor one whose own target lies outside 0–100", () => {
    expect(isShare(level("规上工业企业研发活动覆盖率高于全省", "8", "AT_LEAST", "个百分点"))).toBe(false);
    expect(isShare(level("新增高标准农田", "11", "AT_LEAST", "万亩"))).toBe(false);
    expect(isShare(level("出口额相当于上年", "120"))).toBe(false);
  });
});
