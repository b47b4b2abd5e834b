import { dateTimeFormat } from "./date-time-format";

/**
 * Today's date where the government sits (China Standard Time), as YYYY-MM-DD: deadlines are
 * calendar days there, whatever the server's own time zone.
 */
export function todayIsoDay(now: Date = new Date(), timeZone = "Asia/Shanghai"): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
