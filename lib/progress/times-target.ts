import type { TargetFields } from "@/lib/commitments/format-target";
import { isRateUnit } from "./status-thresholds";

/**
 * A reading this many times its target or more is most likely a slip (a digit too many, 亩 typed
 * for 万亩): the reviewer is told before approving it, which would make it the commitment's figure.
 */
export const IMPLAUSIBLE_TIMES = 10;

const toNumber = (v: TargetFields["targetValue"]) => (v == null ? null : Number(v.toString()));

/**
 * How many times its target a reported quantity is (rounded), when that is IMPLAUSIBLE_TIMES or
 * more; null otherwise. Only for quantities to reach (≥, =, ≈, a range: its upper end, or its
 * lower one when it has none): a rate
 * or a growth figure has no such scale (增长 0.5% against 7% or 150% coverage are other
 * mistakes), and a ceiling (≤) is met by small readings.
 */
export function implausibleTimes(c: TargetFields & { kind: "NUMERIC" | "MILESTONE" }, actual: number | string | null): number | null {
  if (c.kind !== "NUMERIC" || actual === null || actual === "" || isRateUnit(c.unit)) return null;
  const target = c.comparator === "RANGE" ? (toNumber(c.targetMax) ?? toNumber(c.targetMin)) : ["AT_LEAST", "EQUAL", "APPROX"].includes(c.comparator ?? "") ? toNumber(c.targetValue) : null;
  const reading = Number(actual);
  if (target === null || !(target > 0) || !Number.isFinite(reading)) return null;
  const times = reading / target;
  return times >= IMPLAUSIBLE_TIMES ? Math.round(times) : null;
}
