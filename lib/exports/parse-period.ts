import { toIsoDay } from "@/lib/progress/iso-day";

/** A reporting period: a month ("2023-06") or a quarter ("2023-Q2"), as whole calendar days. */
export interface Period {
  /** As written in the URL, normalised: "2023-06" or "2023-Q2". */
  key: string;
  kind: "month" | "quarter";
  year: number;
  /** Month 1–12 or quarter 1–4. */
  index: number;
  /** First and last day of the period. */
  start: string;
  end: string;
  /** Last day of the previous period of the same kind: what "since last time" compares with. */
  previousEnd: string;
  /** The previous period's key, for "compared with 2023-05". */
  previousKey: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;

/** Day before the first day of month `month` (1-based, may be 13) of `year`: UTC avoids DST. */
function lastDayBefore(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month - 1, 1) - 86_400_000));
}

function firstDay(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month - 1, 1)));
}

/** The period named by `value`, or null when it is not "YYYY-MM" or "YYYY-Qn" (years 2000–2100). */
export function parsePeriod(value: string | null | undefined): Period | null {
  const text = (value ?? "").trim();
  const month = MONTH.exec(text);
  const quarter = QUARTER.exec(text);
  const year = Number((month ?? quarter)?.[1]);
  if (!(month || quarter) || year < 2000 || year > 2100) return null;
  if (month) {
    const m = Number(month[2]);
    const previous = m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
    return { key: text, kind: "month", year, index: m, start: firstDay(year, m), end: lastDayBefore(year, m + 1), previousEnd: lastDayBefore(year, m), previousKey: previous };
  }
  const q = Number(quarter![2]);
  const firstMonth = 3 * (q - 1) + 1;
  const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  return {
    key: `${year}-Q${q}`,
    kind: "quarter",
    year,
    index: q,
    start: firstDay(year, firstMonth),
    end: lastDayBefore(year, firstMonth + 3),
    previousEnd: lastDayBefore(year, firstMonth),
    previousKey: previous,
  };
}

/**
 * The last complete month before `today` ("2023-07-15" → "2023-06"): the usual report to write.
 * For a report of a year already over, its December: the months after its year report nothing
 * new about it ("2026年11月进展报告" of the 2023 report).
 */
export function defaultPeriodKey(today: string, reportYear?: number): string {
  const [y, m] = today.split("-").map(Number);
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  const yearEnd = reportYear === undefined ? null : `${reportYear}-12`;
  return yearEnd !== null && yearEnd < lastMonth ? yearEnd : lastMonth;
}
