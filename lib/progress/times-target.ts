import { targetNumber, type TargetFields } from "@/lib/commitments/format-target";
import { MAX_FIGURE } from "@/lib/commitments/figure-precision";
import { isQuantityTarget } from "./quantity-target";

/**
 * A reading this many times its target or more is most likely a slip (a digit too many, 亩 typed
 * for 万亩): the reviewer is told before approving it, which would make it the commitment's figure.
 */
export const IMPLAUSIBLE_TIMES = 10;

/**
 * How many times its target a reported quantity is (rounded), when that is IMPLAUSIBLE_TIMES or
 * more; null otherwise. Only for quantities to reach (a range: its upper end, or its lower one
 * when it has none). A running target (growth, a ceiling, a range of rates) and any rate have no
 * such scale (增长 0.5% against 7% or 150% coverage are other mistakes).
 */
export function implausibleTimes(c: TargetFields & { kind: "NUMERIC" | "MILESTONE" }, actual: number | string | null): number | null {
  if (c.comparator === null || actual === null || actual === "" || !isQuantityTarget(c)) return null;
  const target = c.comparator === "RANGE" ? (targetNumber(c.targetMax) ?? targetNumber(c.targetMin)) : targetNumber(c.targetValue);
  const reading = Number(actual);
  // Past MAX_FIGURE it is refused as too large: no caution beside that.
  if (target === null || !(target > 0) || !Number.isFinite(reading) || Math.abs(reading) > MAX_FIGURE) return null;
  const times = reading / target;
  return times >= IMPLAUSIBLE_TIMES ? Math.round(times) : null;
}
