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

/**
 * Words of an indicator in percent that is not a share of a whole: a change (居民消费价格涨幅,
 * 增速, which may fall below zero) or a ratio that may pass the whole (负债率, 完成率, 贡献率).
 */
const NOT_A_SHARE = /涨幅|增幅|降幅|增速|增长|下降|上涨|变化|弹性|贡献率|完成率|负债率|杠杆率|利润率|收益率|回报率|利率/;

/** The figures a share can be: none of the whole to all of it, in %. */
export const SHARE_BOUNDS = [0, 100] as const;

/** A figure a share of a whole cannot be (150% or −5% coverage). */
export const outsideShare = (figure: number) => figure < SHARE_BOUNDS[0] || figure > SHARE_BOUNDS[1];

/**
 * Whether the figure is a share of a whole, between 0 and 100: a level in percent (农作物良种覆盖率
 * ≥ 97%, 民营经济总量占GDP比重 62%, “达标集镇” 25%) — not a growth rate, not one whose words say it
 * changes or may pass the whole (NOT_A_SHARE), and not one whose own target lies outside 0–100.
 * A coverage of 150% or −5% is a slip of the keyboard; the QA walk approved one to 已完成.
 */
export function isShare(commitment: TargetFields & { indicator: string }): boolean {
  if (commitment.comparator === "GROWTH" || halfWidth(commitment.unit ?? "").trim() !== "%") return false;
  const figures = [commitment.targetValue, commitment.targetMin, commitment.targetMax].flatMap((v) => (v == null ? [] : [Number(v.toString())]));
  return !figures.some(outsideShare) && !NOT_A_SHARE.test(commitment.indicator);
}
