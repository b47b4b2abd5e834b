import { describe, expect, it } from "vitest";
import { adjustmentScale } from "./adjustment-scale";

const target = (targetValue: string | null, targetMin: string | null = null, targetMax: string | null = null) => ({ targetValue, targetMin, targetMax });
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

  it("measures a range by its upper end, and a planned fall by its size", () => {
    expect(adjustmentScale(target(null, "5", "8"), proposal(null, "50", "80"))).toEqual({ direction: "up", times: 10 });
    expect(adjustmentScale(target("-3"), proposal("-2"))).toBeNull();
  });
});
