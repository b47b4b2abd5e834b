import { describe, expect, it } from "vitest";
import { adjustmentScale } from "./adjustment-scale";

const target = (targetValue: string | null, targetMin: string | null = null, targetMax: string | null = null) => ({
  kind: "NUMERIC" as const,
  comparator: (targetValue === null ? "RANGE" : "AT_LEAST") as "RANGE" | "AT_LEAST",
  unit: "万头",
  targetValue,
  targetMin,
  targetMax,
});
const proposal = (proposedValue: string | null, proposedMin: string | null = null, proposedMax: string | null = null) => ({ proposedValue, proposedMin, proposedMax });

describe("how far an adjusted target is from the current one", () => {
  it("is said when it looks like a slip of digits or unit (洛阳 2023: 生猪出栏 50万头 → 50000)", () => {
    expect(adjustmentScale(target("50"), proposal("50000"))).toEqual({ direction: "up", times: 1000 });
    expect(adjustmentScale(target("170"), proposal("1.5"))).toEqual({ direction: "down", times: 113 });
  });

  it("is nothing for an adjustment within a tenfold either way, or without figures", () => {
    expect(adjustmentScale(target("170"), proposal("150"))).toBeNull();
    expect(adjustmentScale(target("70"), proposal("65"))).toBeNull();
    expect(adjustmentScale(target("0"), proposal("5"))).toBeNull();
    expect(adjustmentScale(target(null), proposal("5"))).toBeNull();
    expect(adjustmentScale(target("5"), proposal(null))).toBeNull();
  });

  it("measures a range by its upper end", () => {
    expect(adjustmentScale(target(null, "5", "8"), proposal(null, "50", "80"))).toEqual({ direction: "up", times: 10 });
  });

  it("is nothing for a rate or a running target, as for readings (增长 7% cut to 0.5% is a decision)", () => {
    expect(adjustmentScale({ ...target("7"), comparator: "GROWTH", unit: "%" }, proposal("0.5"))).toBeNull();
    expect(adjustmentScale({ ...target("90"), unit: "%" }, proposal("9"))).toBeNull();
    expect(adjustmentScale({ ...target("5.5"), comparator: "AT_MOST", unit: "万吨" }, proposal("55"))).toBeNull();
    expect(adjustmentScale({ ...target("50"), kind: "MILESTONE" }, proposal("5000"))).toBeNull();
  });
});
