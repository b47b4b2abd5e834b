import { describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/errors";
import { earliestExtension, latestExtension } from "./change-problems";
import { proposedChange } from "./proposed-change";

describe("the earliest deadline an extension may ask for", () => {
  it("is the day after the current deadline while that is still ahead", () => {
    expect(earliestExtension("2023-12-31", "2023-06-30")).toBe("2024-01-01");
    expect(earliestExtension(new Date("2024-02-28T00:00:00Z"), "2024-01-15")).toBe("2024-02-29");
  });

  it("is today once the deadline has passed: no extension to a day already gone", () => {
    expect(earliestExtension("2023-12-31", "2026-12-05")).toBe("2026-12-05");
    expect(earliestExtension("2026-12-04", "2026-12-05")).toBe("2026-12-05");
  });
});

describe("the latest deadline an extension may ask for", () => {
  it("is five years after the current deadline, or after today once that has passed", () => {
    expect(latestExtension("2023-12-31", "2023-06-30")).toBe("2028-12-31");
    expect(latestExtension("2023-12-31", "2026-12-05")).toBe("2031-12-05");
    expect(latestExtension("2024-02-29", "2024-01-15")).toBe("2029-02-28");
  });

  it("refuses a year typed wrong rather than send it to a reviewer", () => {
    const farmland = { indicator: "新增高标准农田", kind: "NUMERIC" as const, comparator: "AT_LEAST" as const, targetValue: "11.0000", targetMin: null, targetMax: null, unit: "万亩", deadline: new Date("2023-12-31T00:00:00Z") };
    const extend = (proposedDeadline: string) =>
      proposedChange(farmland, { commitmentId: 1, kind: "EXTEND_DEADLINE", reason: "原因", proposedDeadline, proposedValue: null, proposedMin: null, proposedMax: null }, "2023-06-30");
    expect(() => extend("2099-12-31")).toThrow(expect.objectContaining({ messageKey: "workflow.change.deadlineTooFar", field: "proposedDeadline", params: { latest: "2028-12-31", years: 5 } }));
    expect(extend("2028-12-31").proposedDeadline).toEqual(new Date("2028-12-31T00:00:00Z"));
  });
});

describe("a proposed target", () => {
  // 羊饲养量170万只 (Luoyang 2023): asking for 170 again asks the reviewer to approve nothing.
  const sheep = { indicator: "羊饲养量", kind: "NUMERIC" as const, comparator: "EQUAL" as const, targetValue: "170.0000", targetMin: null, targetMax: null, unit: "万只", deadline: new Date("2023-12-31T00:00:00Z") };
  const ask = (commitment: Parameters<typeof proposedChange>[0], change: { proposedValue?: number; proposedMin?: number; proposedMax?: number }) =>
    proposedChange(commitment, { commitmentId: 1, kind: "ADJUST_TARGET", reason: "原因", proposedDeadline: null, proposedValue: null, proposedMin: null, proposedMax: null, ...change }, "2023-06-30");
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof ExpectedError) return [error.messageKey, error.field];
      throw error;
    }
    return null;
  };

  it("must differ from the current one", () => {
    expect(refusal(() => ask(sheep, { proposedValue: 170 }))).toEqual(["workflow.change.sameTarget", "proposedValue"]);
    expect(ask(sheep, { proposedValue: 160 }).proposedValue).toBe("160");
  });

  it("is not lowered to 0 for a level to reach, which any reading would meet", () => {
    const farmland = { ...sheep, comparator: "AT_LEAST" as const, targetValue: "11.0000", unit: "万亩" };
    expect(refusal(() => ask(farmland, { proposedValue: 0 }))).toEqual(["workflow.change.zeroTarget", "proposedValue"]);
    expect(refusal(() => ask(sheep, { proposedValue: 0 }))).toEqual(["workflow.change.zeroTarget", "proposedValue"]);
    // A ceiling of 0 is a real target (重大安全事故控制在 0 起).
    expect(ask({ ...farmland, comparator: "AT_MOST" as const }, { proposedValue: 0 }).proposedValue).toBe("0");
  });

  it("stays at zero or above for a quantity (新增高标准农田 -5 万亩 is a slip), not for a rate or a fall", () => {
    const farmland = { ...sheep, comparator: "AT_LEAST" as const, targetValue: "11.0000", unit: "万亩" };
    expect(refusal(() => ask(farmland, { proposedValue: -5 }))).toEqual(["workflow.change.negative", "proposedValue"]);
    const firms = { ...farmland, comparator: "RANGE" as const, targetValue: null, targetMin: "3.0000", targetMax: "4.0000", unit: "家" };
    expect(refusal(() => ask(firms, { proposedMin: -1, proposedMax: 4 }))).toEqual(["workflow.change.negative", "proposedMin"]);
    const cpi = { ...farmland, indicator: "居民消费价格涨幅", comparator: "AT_MOST" as const, targetValue: "3.0000", unit: "%" };
    expect(ask(cpi, { proposedValue: -0.5 }).proposedValue).toBe("-0.5");
    const fall = { ...farmland, comparator: "EQUAL" as const, targetValue: "-3.0000", unit: "万吨" };
    expect(ask(fall, { proposedValue: -4 }).proposedValue).toBe("-4");
  });

  it("a range must differ in at least one bound", () => {
    const range = { ...sheep, comparator: "RANGE" as const, targetValue: null, targetMin: "5.5000", targetMax: "6.0000", unit: "%" };
    expect(refusal(() => ask(range, { proposedMin: 5.5, proposedMax: 6 }))).toEqual(["workflow.change.sameTarget", "proposedMin"]);
    expect(ask(range, { proposedMin: 5.5, proposedMax: 6.5 })).toMatchObject({ proposedMin: "5.5", proposedMax: "6.5" });
  });

  it("stays within 0–100% for a share of a whole (农作物良种覆盖率97%以上: 150% or −5% is a slip)", () => {
    const seeds = { ...sheep, indicator: "农作物良种覆盖率", comparator: "AT_LEAST" as const, targetValue: "97.0000", unit: "%" };
    expect(refusal(() => ask(seeds, { proposedValue: 150 }))).toEqual(["workflow.change.outsideShare", "proposedValue"]);
    expect(refusal(() => ask(seeds, { proposedValue: -5 }))).toEqual(["workflow.change.outsideShare", "proposedValue"]);
    expect(ask(seeds, { proposedValue: 95 }).proposedValue).toBe("95");
    const shareRange = { ...seeds, comparator: "RANGE" as const, targetValue: null, targetMin: "90.0000", targetMax: "95.0000" };
    expect(refusal(() => ask(shareRange, { proposedMin: 96, proposedMax: 120 }))).toEqual(["workflow.change.outsideShare", "proposedMax"]);
  });
});

