import { describe, expect, it } from "vitest";
import { approvedTotal, fallingTotal, type KeptFigures } from "./falling-total";

/** 新增高标准农田11万亩, 3万亩 approved as of June. */
const farmland: KeptFigures = { kind: "NUMERIC", comparator: "EQUAL", baseline: null, targetValue: "11", targetMin: null, targetMax: null, unit: "万亩", latestActual: "3.0000", latestAsOf: "2023-06-30", latestUpdateId: 40 };
const reading = (asOf: string, actualValue: string | null, id = 50) => ({ asOf, id, actualValue });

describe("a total that falls", () => {
  it("is named with the approved figure it falls below, for a reading that would replace it", () => {
    expect(fallingTotal(farmland, reading("2023-07-31", "2.5"), "zh")).toEqual({ value: "3万亩", asOf: "2023-06-30" });
    // The same day, sent later: a correction downwards is asked about too.
    expect(fallingTotal(farmland, reading("2023-06-30", "2.5"), "zh")).toEqual({ value: "3万亩", asOf: "2023-06-30" });
    // In English the figure is written as English writes it, as everywhere.
    expect(fallingTotal(farmland, reading("2023-07-31", "2.5"), "en")).toEqual({ value: "30,000 mu", asOf: "2023-06-30" });
  });

  it("is nothing for a reading at or above it, or one an approved reading stands over", () => {
    expect(fallingTotal(farmland, reading("2023-07-31", "3"), "zh")).toBeNull();
    expect(fallingTotal(farmland, reading("2023-07-31", "4"), "zh")).toBeNull();
    expect(fallingTotal(farmland, reading("2023-05-31", "2"), "zh")).toBeNull();
    expect(fallingTotal(farmland, reading("2023-06-30", "2", 30), "zh")).toBeNull();
  });

  it("leaves rates, growth, ceilings, milestones and commitments with no figure alone", () => {
    expect(fallingTotal({ ...farmland, comparator: "GROWTH", unit: "%" }, reading("2023-07-31", "2"), "zh")).toBeNull();
    expect(fallingTotal({ ...farmland, comparator: "AT_MOST" }, reading("2023-07-31", "2"), "zh")).toBeNull();
    expect(fallingTotal({ ...farmland, unit: "%" }, reading("2023-07-31", "2"), "zh")).toBeNull();
    expect(fallingTotal({ ...farmland, kind: "MILESTONE" }, reading("2023-07-31", null), "zh")).toBeNull();
    expect(fallingTotal({ ...farmland, latestActual: null, latestAsOf: null }, reading("2023-07-31", "2"), "zh")).toBeNull();
    // 细颗粒物浓度 from 35 to 30: 32 after an approved 33 is progress.
    expect(fallingTotal({ ...farmland, baseline: "35", targetValue: "30", latestActual: "33", unit: "微克/立方米" }, reading("2023-07-31", "32"), "zh")).toBeNull();
  });
});

describe("the approved total an official's form guards", () => {
  it("is the kept figure of a total built up over the year, with its unit and day", () => {
    expect(approvedTotal(farmland, "zh")).toEqual({ value: 3, text: "3万亩", asOf: "2023-06-30" });
  });

  it("is nothing for rates, running targets, targets to come down, or before any approval", () => {
    expect(approvedTotal({ ...farmland, comparator: "GROWTH" }, "zh")).toBeNull();
    expect(approvedTotal({ ...farmland, unit: "%" }, "zh")).toBeNull();
    expect(approvedTotal({ ...farmland, baseline: "35", targetValue: "30" }, "zh")).toBeNull();
    expect(approvedTotal({ ...farmland, latestActual: null, latestAsOf: null }, "zh")).toBeNull();
  });
});
