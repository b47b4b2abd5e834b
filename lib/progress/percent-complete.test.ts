import { describe, expect, it } from "vitest";
import { percentComplete, type ProgressTarget } from "./percent-complete";

// Targets as the Luoyang 2023 report (data/reports/luoyang-2023.txt) writes them.
const none = { targetValue: null, targetMin: null, targetMax: null, baseline: null, unit: null };
const numeric = (t: Partial<ProgressTarget>): ProgressTarget => ({ kind: "NUMERIC", comparator: "EQUAL", ...none, ...t });
const value = (actualValue: number | null) => ({ actualValue, done: null });

describe("a level to reach or a count to add", () => {
  const farmland = numeric({ comparator: "EQUAL", targetValue: 11, unit: "万亩" }); // 新增高标准农田11万亩

  it("is the count added so far over the count promised", () => {
    expect(percentComplete(farmland, value(5.5))).toEqual({ percent: 50, raw: 0.5, met: false, rule: "level" });
    expect(percentComplete(farmland, value(11))).toMatchObject({ percent: 100, met: true });
  });

  it("keeps the raw ratio past the target and clamps the percent", () => {
    expect(percentComplete(farmland, value(13.2))).toMatchObject({ percent: 100, raw: 1.2, met: true });
  });

  it("counts the distance from the baseline when the baseline is known", () => {
    // 民营经济市场主体达到68万户 from 62万户 at the start of the year: 65万 is half way.
    const privateFirms = numeric({ comparator: "AT_LEAST", targetValue: 68, baseline: 62, unit: "万户" });
    expect(percentComplete(privateFirms, value(65))).toMatchObject({ percent: 50, met: false });
    expect(percentComplete(privateFirms, value(60))).toMatchObject({ percent: 0, raw: -1 / 3 });
  });

  it("reads 左右 (APPROX) and a missing comparator as a level", () => {
    expect(percentComplete(numeric({ comparator: "APPROX", targetValue: 150, unit: "万人次" }), value(120))).toMatchObject({ percent: 80, rule: "level" });
    expect(percentComplete(numeric({ comparator: null, targetValue: 2600, unit: "亿元" }), value(650))).toMatchObject({ percent: 25 });
  });

  it("with a zero distance to cover, is met once the actual reaches the target", () => {
    expect(percentComplete(numeric({ targetValue: 0 }), value(0))).toMatchObject({ percent: 100, met: true });
    expect(percentComplete(numeric({ targetValue: 0 }), value(-1))).toMatchObject({ percent: 0, met: false });
    expect(percentComplete(numeric({ targetValue: 90, baseline: 90, unit: "%" }), value(89))).toMatchObject({ percent: 0 });
  });

  it("never shows 100 for a target that is not met, nor counts float noise against it", () => {
    expect(percentComplete(farmland, value(10.99995))).toMatchObject({ percent: 99.99, met: false });
    expect(percentComplete(numeric({ targetValue: 0.3, baseline: 0.1 }), value(0.3))).toMatchObject({ met: true });
  });
});

describe("a growth rate", () => {
  const gdp = numeric({ comparator: "GROWTH", targetValue: 7, unit: "%" }); // 地区生产总值增长7%

  it("is the growth achieved over the growth promised", () => {
    expect(percentComplete(numeric({ comparator: "GROWTH", targetValue: 8, unit: "%" }), value(4))).toMatchObject({ percent: 50, rule: "growth" });
    expect(percentComplete(gdp, value(7.2))).toMatchObject({ percent: 100, met: true });
  });

  it("counts percentage points the same way", () => {
    const urbanisation = numeric({ comparator: "GROWTH", targetValue: 0.7, unit: "个百分点" });
    expect(percentComplete(urbanisation, value(0.35))).toMatchObject({ percent: 50 });
  });

  it("gives 0% for negative growth, keeping the negative raw ratio", () => {
    const slump = percentComplete(gdp, value(-1.4));
    expect(slump).toMatchObject({ percent: 0, met: false });
    expect(slump?.raw).toBeCloseTo(-0.2);
  });

  it("with a zero growth target, is met as long as the actual does not fall", () => {
    const flat = numeric({ comparator: "GROWTH", targetValue: 0, unit: "%" });
    expect(percentComplete(flat, value(0))).toMatchObject({ percent: 100, met: true });
    expect(percentComplete(flat, value(-0.1))).toMatchObject({ percent: 0, met: false });
  });

  it("reads a decline target written negative (下降3%) as progress downwards", () => {
    const energy = numeric({ comparator: "GROWTH", targetValue: -3, unit: "%" });
    expect(percentComplete(energy, value(-1.5))).toMatchObject({ percent: 50 });
    expect(percentComplete(energy, value(1))).toMatchObject({ percent: 0 });
  });
});

describe("a ceiling", () => {
  const unemployment = numeric({ comparator: "AT_MOST", targetValue: 5.5, unit: "%" }); // 城镇调查失业率控制在5.5%以内

  it("is met while the actual stays at or under it", () => {
    expect(percentComplete(unemployment, value(5.2))).toEqual({ percent: 100, raw: 1, met: true, rule: "ceiling" });
    expect(percentComplete(unemployment, value(5.5))).toMatchObject({ met: true });
    expect(percentComplete(unemployment, value(-1))).toMatchObject({ met: true });
  });

  it("falls as ceiling / actual above it", () => {
    expect(percentComplete(unemployment, value(6))).toMatchObject({ percent: 91.67, met: false });
    expect(percentComplete(unemployment, value(11))).toMatchObject({ percent: 50 });
  });

  it("with a ceiling of zero, any overshoot is 0%", () => {
    expect(percentComplete(numeric({ comparator: "AT_MOST", targetValue: 0 }), value(2))).toMatchObject({ percent: 0, raw: 0 });
  });
});

describe("a range", () => {
  const labs = numeric({ comparator: "RANGE", targetMin: 5, targetMax: 8, unit: "个" }); // 新建市级重点实验室5—8个

  it("is the actual over the minimum below it", () => {
    expect(percentComplete(labs, value(2))).toEqual({ percent: 40, raw: 0.4, met: false, rule: "range", range: { maxReached: false, exceeded: false } });
  });

  it("is met at the minimum and notes the top being reached or passed", () => {
    expect(percentComplete(labs, value(5))).toMatchObject({ percent: 100, met: true, range: { maxReached: false, exceeded: false } });
    expect(percentComplete(labs, value(8))).toMatchObject({ raw: 1.6, range: { maxReached: true, exceeded: false } });
    expect(percentComplete(labs, value(9))).toMatchObject({ range: { maxReached: true, exceeded: true } });
  });

  it("reads reversed bounds sorted and does without a top", () => {
    expect(percentComplete(numeric({ comparator: "RANGE", targetMin: 4, targetMax: 3 }), value(3))).toMatchObject({ met: true, range: { maxReached: false } });
    expect(percentComplete(numeric({ comparator: "RANGE", targetMin: 3, targetMax: null }), value(9))).toMatchObject({ met: true, range: { maxReached: false, exceeded: false } });
  });

  it("reads a range of fall downwards: the smaller fall is the promise, the larger one the top", () => {
    const carbon = numeric({ comparator: "RANGE", targetMin: -3, targetMax: -2, unit: "%" }); // 二氧化碳排放下降2%—3%
    expect(percentComplete(carbon, value(-1))).toEqual({ percent: 50, raw: 0.5, met: false, rule: "range", range: { maxReached: false, exceeded: false } });
    expect(percentComplete(carbon, value(-2))).toMatchObject({ percent: 100, met: true, range: { maxReached: false, exceeded: false } });
    expect(percentComplete(carbon, value(-3))).toMatchObject({ met: true, raw: 1.5, range: { maxReached: true, exceeded: false } });
    expect(percentComplete(carbon, value(-3.5))).toMatchObject({ met: true, range: { maxReached: true, exceeded: true } });
    expect(percentComplete(carbon, value(0.5))).toMatchObject({ percent: 0, met: false });
    // Stored the other way round, or promising "no rise" at the top: the same reading.
    expect(percentComplete(numeric({ comparator: "RANGE", targetMin: -2, targetMax: -3 }), value(-2))).toMatchObject({ met: true });
    expect(percentComplete(numeric({ comparator: "RANGE", targetMin: -1, targetMax: 0 }), value(0))).toMatchObject({ met: true, range: { maxReached: false } });
    expect(percentComplete(numeric({ comparator: "RANGE", targetMin: -1, targetMax: 0 }), value(0.2))).toMatchObject({ met: false, percent: 0 });
  });

  it("reads a band across zero as met from its floor up", () => {
    const prices = numeric({ comparator: "RANGE", targetMin: -1, targetMax: 1, unit: "%" });
    expect(percentComplete(prices, value(0.5))).toMatchObject({ percent: 100, met: true, range: { maxReached: false, exceeded: false } });
    expect(percentComplete(prices, value(-1))).toMatchObject({ met: true });
    expect(percentComplete(prices, value(-2))).toMatchObject({ percent: 50, met: false });
    expect(percentComplete(prices, value(1.5))).toMatchObject({ met: true, range: { maxReached: true, exceeded: true } });
  });

  it("needs a minimum", () => {
    expect(percentComplete(numeric({ comparator: "RANGE", targetMax: 5 }), value(3))).toBeNull();
  });
});

describe("a milestone", () => {
  const transfer = { ...numeric({}), kind: "MILESTONE" as const, comparator: null }; // 6月底前公交集团完成股权划转

  it("is 100 when done, 0 when not, nothing before it is reported", () => {
    expect(percentComplete(transfer, { actualValue: null, done: true })).toEqual({ percent: 100, raw: 1, met: true, rule: "milestone" });
    expect(percentComplete(transfer, { actualValue: null, done: false })).toMatchObject({ percent: 0, met: false });
    expect(percentComplete(transfer, { actualValue: 3, done: null })).toBeNull();
  });
});

describe("what cannot be computed", () => {
  it("is null, never NaN or Infinity", () => {
    const gdp = numeric({ comparator: "GROWTH", targetValue: 7 });
    expect(percentComplete(gdp, value(null))).toBeNull();
    expect(percentComplete(gdp, value(Number.NaN))).toBeNull();
    expect(percentComplete(gdp, value(Number.POSITIVE_INFINITY))).toBeNull();
    expect(percentComplete(numeric({ comparator: "GROWTH", targetValue: null }), value(3))).toBeNull();
    expect(percentComplete(numeric({ targetValue: 1e-300 }), value(1e300))).toBeNull();
  });

  it("ignores a baseline that is not a number", () => {
    expect(percentComplete(numeric({ targetValue: 10, baseline: Number.NaN }), value(5))).toMatchObject({ percent: 50 });
  });
});
