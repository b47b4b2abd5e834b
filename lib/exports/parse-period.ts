import { toIsoDay } from "@/lib/progress/iso-day";

/**
 * A reporting period: a month ("2023-06"), a quarter ("2023-Q2") or a whole year ("2023", 全年),
 * as whole calendar days.
 */
export interface Period {
  /** As written in the URL, normalised: "2023-06", "2023-Q2" or "2023". */
  key: string;
  kind: "month" | "quarter" | "year";
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for a whole year. */
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
const YEAR = /^(\d{4})$/;

/** Day before the first day of month `month` (1-based, may be 13) of `year`: UTC avoids DST. */
function lastDayBefore(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month - 1, 1) - 86_400_000));
}

function firstDay(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month - 1, 1)));
}

/** The period named by `value`, or null when it is not "YYYY-MM", "YYYY-Qn" or "YYYY" (years 2000–2100). */
export function parsePeriod(value: string | null | undefined): Period | null {
  const text = (value ?? "").trim();
  const month = MONTH.exec(text);
  const quarter = QUARTER.exec(text);
  const whole = YEAR.exec(text);
  const year = Number((month ?? quarter ?? whole)?.[1]);
  if (!(month || quarter || whole) || year < 2000 || year > 2100) return null;
  if (whole) {
    return { key: String(year), kind: "year", year, index: 1, start: firstDay(year, 1), end: lastDayBefore(year, 13), previousEnd: lastDayBefore(year, 1), previousKey: String(year - 1) };
  }
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
 * For a report of a year already over, the whole year ("2023"): what the office hands in then is
 * the year's account, with the year-end decisions (核验, 未完成办结) taken after its 12-31 — a
 * closing as not delivered waits for the deadline, so it always falls after the year. Its
 * December would show none of them; a month after the year would read figures dated outside it.
 */
export function defaultPeriodKey(today: string, reportYear?: number): string {
  const [y, m] = today.split("-").map(Number);
  if (reportYear !== undefined && `${reportYear}-12-31` < today) return String(reportYear);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/**
 * The periods of `year` that have begun by `today`, for the period picker to offer: the whole
 * year first, then its quarters and months.
 */
export function periodChoices(year: number, today: string): Period[] {
  const keys = [String(year), ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)];
  return keys.map((key) => parsePeriod(key)!).filter((p) => p.start <= today);
}
