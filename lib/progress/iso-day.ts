// Calendar days without time. Deadlines are @db.Date and reach the code as "YYYY-MM-DD" strings
// or as Dates at UTC midnight; counting whole days since the epoch makes leap years (2024-02-29)
// and month lengths Date.UTC's problem instead of ours, and keeps time zones out entirely.

/** A calendar day: "2023-06-30", or a Date whose UTC calendar day is meant. */
export type DayInput = string | Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. Throws on anything that is not a real calendar day (2023-02-29). */
export function toEpochDay(day: DayInput): number {
  if (day instanceof Date) {
    const ms = day.getTime();
    if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
    // A Date that is not at midnight still names the UTC day it falls in.
    return Math.floor(ms / MS_PER_DAY);
  }
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not an ISO day (YYYY-MM-DD): "${day}"`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-29 over to March 1st; a typo must not silently move a deadline.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) {
    throw new RangeError(`Not a calendar day: "${day}"`);
  }
  return ms / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayInput, to: DayInput): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** "YYYY-MM-DD" of the given day. */
export function toIsoDay(day: DayInput): string {
  return new Date(toEpochDay(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day `days` after (or, negative, before) `day`, "YYYY-MM-DD". */
export function addDays(day: DayInput, days: number): string {
  return toIsoDay(new Date((toEpochDay(day) + days) * MS_PER_DAY));
}

/** Jan 1 of a report year: where the pace of a year's commitments starts. */
export function reportYearStart(year: number): string {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  return `${String(year).padStart(4, "0")}-01-01`;
}

/** Jan 1 of the year the given day falls in. */
export function yearStartOf(day: DayInput): string {
  return reportYearStart(Number(toIsoDay(day).slice(0, 4)));
}
