// The status light of a commitment, computed from the approved figures kept on the row and
// today's date, so it is never stale. status-light-sql.ts is the same rule in SQL for lists that
// filter by light; tests/integration/status-light-sql.test.ts keeps the two in agreement.
//
// Pace: the period runs from `start` (Jan 1 of the report year) to the deadline; the share of it
// gone by is the percent that should be done. The approved percent is compared with that pace in
// whole hundredths of a point times days, integers on both sides, so TS and SQL never disagree
// on a boundary because of floating point.

import type { CommitmentKind, CommitmentStatus, Comparator } from "@/lib/generated/prisma/enums";
import { toEpochDay, type DayInput } from "./iso-day";
import {
  AT_RISK_GAP_POINTS,
  BEHIND_GAP_POINTS,
  NOT_STARTED_ELAPSED_PERCENT,
  isRateUnit,
  RUNNING_COMPARATORS,
} from "./status-thresholds";

export { explainStatusRule } from "./explain-status-rule";
export { isStale, showsStale, staleMatters } from "./is-stale";

export const STATUS_LIGHTS = [
  "NOT_STARTED",
  "ON_TRACK",
  "AT_RISK",
  "BEHIND",
  "OVERDUE",
  "COMPLETED",
  "VERIFIED",
  "UNMET",
  "WITHDRAWN",
] as const;
export type StatusLight = (typeof STATUS_LIGHTS)[number];

/** The fields of a Commitment row the light depends on (Decimals as numbers). */
export interface StatusLightInput {
  kind: CommitmentKind;
  comparator: Comparator | null;
  status: CommitmentStatus;
  deadline: DayInput;
  /** Commitment.latestPercent: the percent of the latest approved update, null before any. */
  latestPercent: number | null;
  /** Commitment.latestAsOf: the day that approved figure describes. */
  latestAsOf: DayInput | null;
  /** Where the pace starts: Jan 1 of the year of originalDeadline (paceStart, commitment-light.ts) or a given day. */
  start: DayInput;
  /** The target's unit and lower bound: a RANGE of rates (% or below zero) is a running target. */
  unit: string | null;
  targetMin: number | null;
}

export function statusLight(input: StatusLightInput, today: DayInput): StatusLight {
  if (input.status === "VERIFIED") return "VERIFIED";
  if (input.status === "UNMET") return "UNMET";
  if (input.status === "WITHDRAWN") return "WITHDRAWN";
  if (input.status === "COMPLETED") return "COMPLETED";

  const day = toEpochDay(today);
  const deadline = toEpochDay(input.deadline);
  const pastDeadline = day > deadline; // the deadline day itself is still in time
  const running = isRunningTarget(input);
  const met = input.latestPercent !== null && input.latestPercent >= 100;

  if (met) {
    const coversPeriod = input.latestAsOf !== null && toEpochDay(input.latestAsOf) >= deadline;
    if (!running || coversPeriod || pastDeadline) return "COMPLETED";
  }
  if (pastDeadline) return "OVERDUE";
  // The deadline day itself is in time, but leaves no time to catch up: a target not met on it is
  // behind, whatever the gap (a year-end report as of Dec 31 must not call 90% "on track").
  if (day === deadline && !met) return "BEHIND";
  if (input.kind === "MILESTONE") return "ON_TRACK"; // done or not: no pace in between

  const { elapsed, total } = paceDays(input, day, deadline, running);
  if (input.latestPercent === null && 100 * elapsed < NOT_STARTED_ELAPSED_PERCENT * total) return "NOT_STARTED";
  // No approved update yet counts as 0%.
  const hundredths = Math.round((input.latestPercent ?? 0) * 100);
  // (expected − actual) in hundredths of a point, multiplied by `total` to stay in integers.
  const shortfall = 10_000 * elapsed - hundredths * total;
  if (shortfall > BEHIND_GAP_POINTS * 100 * total) return "BEHIND";
  if (shortfall > AT_RISK_GAP_POINTS * 100 * total) return "AT_RISK";
  // A ceiling (控制在5.5%以内) is a limit, not a pace: a reading over it is a breach however small,
  // and a 督查 office asks about it at once (6.0% against 5.5% reads 91.67%, inside the gap above).
  if (breachesCeiling(input)) return "AT_RISK";
  return "ON_TRACK";
}

/** The latest approved reading of a ceiling is above it (a ceiling is met exactly at 100%). */
function breachesCeiling(input: StatusLightInput): boolean {
  return input.kind === "NUMERIC" && input.comparator === "AT_MOST" && input.latestPercent !== null && input.latestPercent < 100;
}

/** A growth rate, a range of rates or a ceiling: a reading of the moment, not a running total. */
export function isRunningTarget(input: Pick<StatusLightInput, "kind" | "comparator" | "unit" | "targetMin">): boolean {
  if (input.kind !== "NUMERIC") return false;
  if ((RUNNING_COMPARATORS as readonly string[]).includes(input.comparator ?? "")) return true;
  return input.comparator === "RANGE" && (isRateUnit(input.unit) || (input.targetMin ?? 0) < 0);
}

/**
 * Days gone by and days in the period, expected percent = 100 · elapsed / total.
 * A running target with a figure is expected at 100% at once; so is a period with no length
 * (deadline on or before the start): there is no time to spread the work over.
 */
function paceDays(input: StatusLightInput, day: number, deadline: number, running: boolean) {
  const start = toEpochDay(input.start);
  const total = deadline - start;
  if (total <= 0 || (running && input.latestPercent !== null)) return { elapsed: 1, total: 1 };
  return { elapsed: Math.max(0, day - start), total };
}
