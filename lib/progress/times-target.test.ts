import { describe, expect, it } from "vitest";
import { implausibleTimes } from "./times-target";

// Targets as the Luoyang 2023 report states them.
const farmland = { kind: "NUMERIC" as const, comparator: "AT_LEAST" as const, targetValue: "11.0000", targetMin: null, targetMax: null, unit: "万亩" };
const listings = { kind: "NUMERIC" as const, comparator: "RANGE" as const, targetValue: null, targetMin: "3.0000", targetMax: "4.0000", unit: "家" };

describe("a reading far beyond its target (新增高标准农田11万亩)", () => {
  it("is flagged from ten times the target, with how many times", () => {
    expect(implausibleTimes(farmland, "1000")).toBe(91);
    expect(implausibleTimes(farmland, 110)).toBe(10);
    expect(implausibleTimes(farmland, "109.9")).toBeNull();
    expect(implausibleTimes(farmland, "11")).toBeNull();
  });
  it("measures a range (新增上市企业3—4家) against its upper end", () => {
    expect(implausibleTimes(listings, "40")).toBe(10);
    expect(implausibleTimes(listings, "39")).toBeNull();
    expect(implausibleTimes({ ...listings, targetMax: null }, "30")).toBe(10);
  });
  it("leaves rates, growth, ceilings, milestones and empty readings alone", () => {
    expect(implausibleTimes({ ...farmland, unit: "%", targetValue: "97" }, "970")).toBeNull();
    expect(implausibleTimes({ ...farmland, comparator: "GROWTH", unit: "%", targetValue: "7" }, "70")).toBeNull();
    expect(implausibleTimes({ ...farmland, comparator: "AT_MOST", unit: "%", targetValue: "5.5" }, "55")).toBeNull();
    expect(implausibleTimes({ ...farmland, kind: "MILESTONE", comparator: null, targetValue: null }, "1000")).toBeNull();
    expect(implausibleTimes(farmland, null)).toBeNull();
    expect(implausibleTimes(farmland, "")).toBeNull();
    expect(implausibleTimes({ ...farmland, targetValue: "0" }, "5")).toBeNull();
    // A planned fall kept as a negative range (下降2%—3% in 吨 here): no scale to compare with.
    expect(implausibleTimes({ ...listings, targetMin: "-3", targetMax: "-2", unit: "万吨" }, "-30")).toBeNull();
    expect(implausibleTimes(farmland, "-1000")).toBeNull();
    // Past what any figure can be, the figure is refused as too large: no caution beside that.
    expect(implausibleTimes(farmland, "99999999999999999999")).toBeNull();
  });
});
