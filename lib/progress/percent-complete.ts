// Percent complete is computed from the target and the reported actual, never typed by anyone.
// The rules themselves live in percent-rules.ts; this file picks one and shapes the result so
// that what is stored in ProgressUpdate.percent / Commitment.latestPercent (Decimal(7,2)) says
// "met" exactly when it is 100: the status light reads nothing else.

import type { CommitmentKind, Comparator } from "@/lib/generated/prisma/enums";
import { ceilingRule, growthRule, levelRule, milestoneRule, rangeRule, type RuleOutcome } from "./percent-rules";

/** The target of a commitment, with Decimals already turned into numbers. */
export interface ProgressTarget {
  kind: CommitmentKind;
  comparator: Comparator | null;
  targetValue: number | null;
  targetMin: number | null;
  targetMax: number | null;
  baseline: number | null;
  /** Not needed by any rule (a growth rate is a growth rate in % or 个百分点) but part of the target. */
  unit: string | null;
}

/** What an update reports: a value for numeric targets, done / not done for milestones. */
export interface ProgressActual {
  actualValue: number | null;
  done: boolean | null;
}

export type PercentRule = "level" | "growth" | "ceiling" | "range" | "milestone";

export interface PercentComplete {
  /** 0..100 with two decimals, for display and storage; 100 if and only if `met`. */
  percent: number;
  /** The unclamped ratio the rule found (1 = target reached; may be negative or above 1). */
  raw: number;
  met: boolean;
  rule: PercentRule;
  /** Only for ranges: whether the top of the range was reached or passed. */
  range?: { maxReached: boolean; exceeded: boolean };
}

/** Highest percent a target that is not met can show: rounding must not print 100 for 99.996. */
const HIGHEST_UNMET_PERCENT = 99.99;

/**
 * Percent complete of `actual` against `target`, or null when it cannot be computed: no actual
 * yet, no target value, or a number that is not finite. Never NaN or Infinity.
 */
export function percentComplete(target: ProgressTarget, actual: ProgressActual): PercentComplete | null {
  if (target.kind === "MILESTONE") {
    return actual.done === null ? null : shape(milestoneRule(actual.done), "milestone");
  }
  const value = actual.actualValue;
  if (!isFiniteNumber(value)) return null;
  const baseline = isFiniteNumber(target.baseline) ? target.baseline : null;
  const targetValue = isFiniteNumber(target.targetValue) ? target.targetValue : null;

  switch (target.comparator) {
    case "RANGE": {
      if (!isFiniteNumber(target.targetMin)) return null;
      const max = isFiniteNumber(target.targetMax) ? target.targetMax : null;
      const { maxReached, exceeded, ...rest } = rangeRule(value, target.targetMin, max, baseline);
      const shaped = shape(rest, "range");
      return shaped && { ...shaped, range: { maxReached, exceeded } };
    }
    case "GROWTH":
      return targetValue === null ? null : shape(growthRule(value, targetValue), "growth");
    case "AT_MOST":
      return targetValue === null ? null : shape(ceilingRule(value, targetValue), "ceiling");
    // A bare level (EQUAL), 以上 / 达到 / 提高到 (AT_LEAST) and 左右 (APPROX) all name a level to
    // reach. A numeric target without a comparator is read the same way: a bare number in a
    // report is a level.
    case "EQUAL":
    case "AT_LEAST":
    case "APPROX":
    case null:
      return targetValue === null ? null : shape(levelRule(value, targetValue, baseline), "level");
  }
}

function shape(outcome: RuleOutcome, rule: PercentRule): PercentComplete | null {
  // A huge actual over a tiny target can overflow to Infinity; there is no honest ratio then.
  if (!Number.isFinite(outcome.raw)) return null;
  const { raw, met } = outcome;
  const rounded = Math.round(raw * 10_000) / 100;
  const percent = met ? 100 : Math.max(0, Math.min(HIGHEST_UNMET_PERCENT, rounded));
  return { percent, raw, met, rule };
}

function isFiniteNumber(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}
