import { chinaWallTime, dateTimeFormat } from "./date-time-format";

/**
 * Today's date where the government sits (China Standard Time), as YYYY-MM-DD: deadlines are
 * calendar days there, whatever the server's own time zone.
 */
export function todayIsoDay(now: Date = new Date(), timeZone = "Asia/Shanghai"): string {
  const wall = chinaWallTime(now, timeZone);
  if (wall !== null) return wall.slice(0, 10);
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
