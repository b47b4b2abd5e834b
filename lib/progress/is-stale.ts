import { toEpochDay, type DayInput } from "./iso-day";
import type { StatusLight } from "./status-light";
import { DEFAULT_STALE_DAYS } from "./status-thresholds";

/**
 * Whether the latest approved figure is older than `staleDays` days (exactly `staleDays` old is
 * still fresh). No figure at all is not "stale": the status light already says NOT_STARTED or
 * behind pace for that. A negative or fractional threshold is a settings mistake, refused.
 */
export function isStale(latestAsOf: DayInput | null, today: DayInput, staleDays: number = DEFAULT_STALE_DAYS): boolean {
  if (!Number.isInteger(staleDays) || staleDays < 0) throw new RangeError(`staleDays must be a whole number ≥ 0, not ${staleDays}`);
  if (latestAsOf === null) return false;
  return toEpochDay(today) - toEpochDay(latestAsOf) > staleDays;
}

/**
 * Whether an old figure is worth a warning: not once the target is reached, verified, closed as
 * missed (未完成办结) or withdrawn — nothing more is asked of the department then, and a past year's finished work
 * would be flagged for ever.
 */
export function staleMatters(light: StatusLight): boolean {
  return light !== "COMPLETED" && light !== "VERIFIED" && light !== "UNMET" && light !== "WITHDRAWN";
}

/**
 * Whether a commitment's latest figure is shown as stale: old, and still asked for — by its light,
 * and by its day: a figure as of the deadline or later covers the whole period, and nothing newer
 * can be reported (a 2023 target's year-end figure is final, not "not updated for 45 days").
 */
export function showsStale(latestAsOf: DayInput | null, light: StatusLight, today: DayInput, staleDays: number | undefined, deadline: DayInput): boolean {
  if (latestAsOf !== null && toEpochDay(latestAsOf) >= toEpochDay(deadline)) return false;
  return staleMatters(light) && isStale(latestAsOf, today, staleDays);
}
