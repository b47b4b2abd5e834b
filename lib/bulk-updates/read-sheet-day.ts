import { halfWidth } from "@/lib/commitments/parse-figure-text";
import { toEpochDay } from "@/lib/progress/iso-day";

export type SheetDayProblem =
  | { messageKey: "bulk.error.asOfMissing" | "bulk.error.asOf" }
  | { messageKey: "bulk.error.asOfNoSuchDay" | "bulk.error.asOfNotYearFirst"; params: { value: string } };

// Year first, the same separator twice: 2023-9-30, 2023/9/30, 2023.9.30 (and 2023。9。30, which
// halfWidth makes a dot). What WPS, an e-mail or a cell formatted as text hands over as text.
const YEAR_FIRST = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
// 20230930: how many offices write a day in a file name or a form field.
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// "2023-09-30 8:00", "2023/9/30 08:00:00": a date-and-time cell stored as text. The clock says
// nothing about the day the figures stand at, so it is set aside (a bare time is still no day).
const CLOCK = /\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
// 9/30/2023, 30.09.2023, 23/9/30: the order of month and day (or which is the year) is a guess.
const NOT_YEAR_FIRST = /^\d{1,2}\s*([-/.])\s*\d{1,2}\s*\1\s*(?:\d{2}|\d{4})$/;

/**
 * A progress sheet's 数据截至日期 typed as text, as the day it names ("YYYY-MM-DD"), or why it is
 * none: a spelling that puts the year first is read (full-width digits too, 20230930, a clock time
 * after the day set aside); a day the calendar
 * lacks (2023/2/30) is refused, never rolled over; one whose order is a guess is asked for year first.
 */
export function readSheetDay(cell: string): string | SheetDayProblem {
  const text = halfWidth(cell).trim();
  if (!text) return { messageKey: "bulk.error.asOfMissing" };
  const day = text.replace(CLOCK, "");
  const parts = YEAR_FIRST.exec(day) ?? CHINESE.exec(day) ?? COMPACT.exec(day);
  if (!parts) return NOT_YEAR_FIRST.test(day) ? { messageKey: "bulk.error.asOfNotYearFirst", params: { value: text } } : { messageKey: "bulk.error.asOf" };
  const [year, month, dayOfMonth] = parts.slice(1).filter((part) => /^\d+$/.test(part));
  const iso = `${year}-${month.padStart(2, "0")}-${dayOfMonth.padStart(2, "0")}`;
  try {
    toEpochDay(iso);
  } catch {
    return { messageKey: "bulk.error.asOfNoSuchDay", params: { value: text } };
  }
  return iso;
}
