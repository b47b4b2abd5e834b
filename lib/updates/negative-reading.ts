import type { TargetFields } from "@/lib/commitments/format-target";

/** Units of rates and shares, which fall below zero in real figures (CPI −0.3%, 下降 0.5 个百分点). */
const RATE_UNIT = /[%％‰]|百分点/;

/**
 * Whether a commitment's actual figure may be below zero: a growth rate or a range of rates, a
 * rate of any kind, or a target below zero itself. A count, an area or an amount cannot be
 * (新建城市书房 -5 个 is a slip of the keyboard, not progress).
 */
export function mayBeNegative(commitment: TargetFields): boolean {
  if (commitment.comparator === "GROWTH" || commitment.comparator === "RANGE") return true;
  if (commitment.unit && RATE_UNIT.test(commitment.unit)) return true;
  return [commitment.targetValue, commitment.targetMin, commitment.targetMax].some((v) => v != null && Number(v.toString()) < 0);
}
