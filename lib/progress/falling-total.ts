import { figuresWithUnit, formatNumber, targetNumber, type TargetFields } from "@/lib/commitments/format-target";
import type { Locale } from "@/lib/i18n/translate";
import { isLaterReading, type ReadingOrder } from "@/lib/updates/later-reading";
import type { DayInput } from "./iso-day";
import { toIsoDay } from "./iso-day";
import { isQuantityTarget } from "./quantity-target";

/** The commitment's kept figures, beside its target. */
export interface KeptFigures extends TargetFields {
  kind: "NUMERIC" | "MILESTONE";
  /** Where the count starts: above the target, the target is to come down (a fall to a level). */
  baseline: { toString(): string } | number | null;
  latestActual: { toString(): string } | number | null;
  latestAsOf: DayInput | null;
  latestUpdateId: number | null;
}

/**
 * The approved figure a new reading falls below, when it would replace it: a total built up over
 * the year (新增高标准农田, 开工建设…) seldom falls, so 2.5万亩 after an approved 3万亩 is more
 * likely a slip or this month's figure alone than a loss — the reviewer is asked to check before
 * approving it, which would make it the commitment's figure. Null for a running target (growth, a
 * ceiling, a range of rates) or a rate, which rise and fall, for a target to come down (its
 * baseline above it), and for a reading an approved one stands over (that caution is its own).
 */
export function fallingTotal(c: KeptFigures, update: ReadingOrder & { actualValue: { toString(): string } | number | null }, locale: Locale): { value: string; asOf: string } | null {
  const total = approvedTotal(c, locale);
  if (total === null || update.actualValue === null || c.latestAsOf === null) return null;
  if (!isLaterReading(update, { asOf: c.latestAsOf, id: c.latestUpdateId ?? 0 })) return null;
  const reading = Number(update.actualValue.toString());
  return Number.isFinite(reading) && reading < total.value ? { value: total.text, asOf: total.asOf } : null;
}

/**
 * The approved total a new reading should not fall below, when the commitment's target is one
 * built up over the year (see fallingTotal): its figure, as written with its unit, and its day.
 * The official's form questions a smaller figure as it is typed, for a day on or after it.
 */
export function approvedTotal(c: KeptFigures, locale: Locale): { value: number; text: string; asOf: string } | null {
  if (c.latestActual === null || c.latestAsOf === null || !isQuantityTarget(c)) return null;
  const [baseline, target] = [targetNumber(c.baseline), targetNumber(c.targetValue)];
  if (baseline !== null && target !== null && baseline > target) return null;
  const value = Number(c.latestActual.toString());
  return Number.isFinite(value) ? { value, text: figuresWithUnit([formatNumber(c.latestActual)], c.unit, locale), asOf: toIsoDay(c.latestAsOf) } : null;
}
