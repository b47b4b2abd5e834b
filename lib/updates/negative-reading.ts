import type { TargetFields } from "@/lib/commitments/format-target";
import { halfWidth } from "@/lib/commitments/parse-figure-text";
import { isRateUnit } from "@/lib/progress/status-thresholds";

/**
 * Whether a commitment's actual figure may be below zero: a growth rate, a rate or share of any
 * kind (its range included), or a target below zero itself. A count, an area or an amount cannot
 * be, in a range too (新建城市书房 -5 个, or -1 家 against 新增上市企业3—4家, are slips of the
 * keyboard, not progress). The rate units are the status light's (status-thresholds.ts).
 */
export function mayBeNegative(commitment: TargetFields): boolean {
  if (commitment.comparator === "GROWTH" || isRateUnit(commitment.unit)) return true;
  return [commitment.targetValue, commitment.targetMin, commitment.targetMax].some((v) => v != null && Number(v.toString()) < 0);
}

/**
 * The least an actual figure can be: 0 where it may not be negative (mayBeNegative); -100 for a
 * growth rate in percent, as nothing falls by more than all of it (固定资产投资增长 -120% is a slip);
 * none for other rates and shares, whose words do not say which they are (涨幅 may be below zero).
 */
export function lowestReading(commitment: TargetFields): number | null {
  if (!mayBeNegative(commitment)) return 0;
  return commitment.comparator === "GROWTH" && halfWidth(commitment.unit ?? "").trim() === "%" ? -100 : null;
}
