import { daysBetween } from "@/lib/progress/iso-day";
import { todayIsoDay } from "./today";

/**
 * Calendar days in Beijing from `at` to `now`: 0 on the same day, 1 from the next midnight on.
 * How long something has waited is counted the way the office counts it — an update sent at
 * 23:30 has waited a day by the next morning, and "submitted today" means today.
 */
export function calendarDaysSince(at: Date | string, now: Date = new Date()): number {
  return Math.max(0, daysBetween(todayIsoDay(new Date(at)), todayIsoDay(now)));
}
