import { fillMessage } from "@/lib/i18n/fill-message";
import { isQuantityTarget } from "@/lib/progress/quantity-target";
import type { StatusLightInput } from "@/lib/progress/status-light";
import { IMPLAUSIBLE_TIMES } from "@/lib/progress/times-target";

type Figure = string | number | null;

/**
 * How far a proposed target is from the current one when that looks like a slip rather than a
 * decision (a digit too many, 万头 typed as 头: 50 → 50000): "up" or "down" by `times`, rounded,
 * when it is IMPLAUSIBLE_TIMES or more either way; null otherwise, and for anything without a
 * figure on both sides. The reviewer is told before approving, as for a reading far beyond its
 * target. A range is measured by its upper end (its lower one when it has none). As for readings
 * (implausibleTimes), a rate or a running target (growth, a ceiling) has no such scale: 增长 7% cut
 * to 0.5% is a decision, not a slip of unit.
 */
export function adjustmentScale(
  current: { kind: "NUMERIC" | "MILESTONE"; comparator: StatusLightInput["comparator"]; unit: string | null; targetValue: Figure; targetMin: Figure; targetMax: Figure },
  proposed: { proposedValue: Figure; proposedMin: Figure; proposedMax: Figure },
): { direction: "up" | "down"; times: number } | null {
  if (current.comparator === null || !isQuantityTarget(current)) return null;
  const pick = (value: Figure, min: Figure, max: Figure) => [value, max, min].map((v) => (v === null ? NaN : Number(v))).find((v) => Number.isFinite(v)) ?? NaN;
  const now = Math.abs(pick(current.targetValue, current.targetMin, current.targetMax));
  const next = Math.abs(pick(proposed.proposedValue, proposed.proposedMin, proposed.proposedMax));
  if (!(now > 0) || !(next > 0)) return null;
  const ratio = next / now;
  if (ratio >= IMPLAUSIBLE_TIMES) return { direction: "up", times: Math.round(ratio) };
  if (1 / ratio >= IMPLAUSIBLE_TIMES) return { direction: "down", times: Math.round(1 / ratio) };
  return null;
}

/** The words for a scale, from a form's or a list's two templates with {times}; null without one. */
export function scaleCaution(scale: ReturnType<typeof adjustmentScale>, labels: { scaleUp: string; scaleDown: string }): string | null {
  return scale && fillMessage(scale.direction === "up" ? labels.scaleUp : labels.scaleDown, { times: scale.times });
}
