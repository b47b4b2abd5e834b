import { describe, expect, it } from "vitest";
import { lowestReading, mayBeNegative } from "./negative-reading";

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
