// Deadlines written in the text: 上半年, 半年内, 6 月底前, 三季度, 一季度末, 8月, 年底前, 国庆前 …,
// also in another year: 2025年底前, 2025年6月底前, 明年底前, 明年, 到2025年, 2023年至2025年, 2025年，…
// (year-deadlines.ts), 三年内, 用三年时间, “十四五”末 (periods.ts). A commitment without one is due at the end of the report's year; one due by an
// occasion without a day (牡丹文化节前) too, the occasion named.

import { HOLIDAY_DEADLINE, holidayEve } from "./holidays";
import { parseChineseNumeral } from "./numbers";
import { findOccasions, occasionAhead, yearWrittenBefore } from "./occasions";
import { NOT_AFTER_YEARS, PLAN_PERIOD_END, planPeriodEnd, spanYears, YEAR_SPAN } from "./periods";
import { YEAR_DEADLINE, yearDeadline } from "./year-deadlines";

export interface TimePhrase {
  start: number;
  end: number;
  month: number;
  day: number | null; // null → last day of the month
  /** A year written with the deadline ("2025年底前"); null for the report's year. */
  year: number | null;
  /** 1 for 明年 (the year after the report's). */
  yearOffset: number;
  /**
   * An occasion without a day of its own, as written ("牡丹文化节前", "春节前", "牡丹文化节期间"): a
   * time the clause is promised by, so a milestone, but due at the end of the year as if no time
   * were written (its year's, when one is written before it), and not stated — the import review asks
   * the admin for its day, naming it (occasions.ts).
   */
  occasion?: string;
  /**
   * A year alone opening the text ("2025年，…", "全市2025年建成…"): a later year's end, as 明年 is;
   * the plan year's writes no deadline, as 今年 does not (see isDeadline, year-deadlines.ts).
   */
  yearAlone?: true;
  /**
   * "牡丹文化节期间签约项目规模": during an occasion says what is counted (the festival's signings,
   * not the year's), so the phrase stays in the name; 前 only says by when.
   */
  inName?: true;
}

/** The part of a deadline after its year: 底, 上半年, 三季度, 6月底 … */
const AFTER_YEAR =
  "((?:上半年|下半年|(?:第)?[一二三四1-4]\\s*季度)(?:末|底|内)?|底|末|内|(?:之|以)?前(?![\\d一二三四五六七八九十])|[0-9]{1,2}\\s*月(?:份)?(?:上旬|中旬|下旬|底|末)?)";

const TIME_PHRASE = new RegExp(
  [
    `(?<![0-9])([0-9]{4})\\s*年\\s*${AFTER_YEAR}(?:之前|前)?`,
    `(明年|下一年)${AFTER_YEAR.replace("(", "(?:")}?(?:之前|前)?`,
    // "半年内完成…": the plan year's first half, as 上半年 (not "每半年", "近半年内").
    "(上半年|下半年|(?<![每近多])半年(?=\\s*内))(?:末|底|内)?(?:之前|前)?",
    "(?:第)?([一二三四1-4])\\s*季度(?:末|底|内)?(?:之前|前)?",
    // Not the 年内 of "三年内" (read below) or "近三年内" (the years just past).
    `(?:今年|今)?(年底|年末|${NOT_AFTER_YEARS}年内)(?:之前|前)?`,
    "([0-9]{1,2}|十[一二]|[一二三四五六七八九十])\\s*月(?:份)?(上旬|中旬|下旬|底|末)?(?:之前|前)?",
    // "国庆前", "元旦前": a holiday on a fixed day (holidays.ts).
    HOLIDAY_DEADLINE,
    // "三年内", "今后五年", "用三年时间", "“十四五”末": the end of a span of years or a plan (periods.ts).
    YEAR_SPAN,
    PLAN_PERIOD_END,
    // "到2025年", "2023年至2025年", "2025年，…": the end of a year (year-deadlines.ts).
    YEAR_DEADLINE,
  ].join("|"),
  "g",
);

/**
 * A holiday or an occasion right after a year or 明年 ("2025年五一前", "2025年春节前"): its phrase,
 * read next, takes the year with it (a year alone would be due at its end and hide it).
 */
const HOLIDAY_AHEAD = new RegExp(`^\\s*${HOLIDAY_DEADLINE}`);
const holidayAhead = (rest: string) => HOLIDAY_AHEAD.test(rest) || occasionAhead(rest);

/** A deadline written after a year ("底", "上半年", "三季度", "6月底"), or null for a date. */
function afterYear(rest: string): { month: number; day: number | null } | null {
  const t = rest.replace(/\s+/g, "").replace(/(?:之前|以前|前)$/, "");
  if (t === "" || t === "底" || t === "末" || t === "内") return { month: 12, day: null };
  if (t.startsWith("上半年")) return { month: 6, day: null };
  if (t.startsWith("下半年")) return { month: 12, day: null };
  const quarter = /^(?:第)?([一二三四1-4])季度/.exec(t);
  if (quarter) return { month: (monthOf(quarter[1]) ?? 4) * 3, day: null };
  const month = /^(\d{1,2})月(?:份)?(上旬|中旬|下旬)?/.exec(t);
  if (!month) return null;
  const m = monthOf(month[1]);
  if (m === null) return null;
  return { month: m, day: month[2] === "上旬" ? 10 : month[2] === "中旬" ? 20 : null };
}

function monthOf(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** A day after a month, written as a deadline: "30日前" of "6月30日前" (a bare date is no deadline). */
const DAY_DEADLINE = /^\s*([0-9]{1,2})\s*日\s*(?:之前|以前|前)/;

/** The day of `DAY_DEADLINE` after `end`, when it is one a month can have. */
function dayDeadline(s: string, end: number): { day: number; end: number } | null {
  const m = DAY_DEADLINE.exec(s.slice(end));
  const day = m ? Number(m[1]) : 0;
  return m && day >= 1 && day <= 31 ? { day, end: end + m[0].length } : null;
}

/** Where a month's phrase starts, 今年 before it included ("今年6月底前": out of the name with it). */
function withThisYear(s: string, start: number): number {
  const thisYear = /今年\s*$/.exec(s.slice(0, start));
  return thisYear ? start - thisYear[0].length : start;
}

export function findTimePhrases(s: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  TIME_PHRASE.lastIndex = 0;
  for (let m = TIME_PHRASE.exec(s); m; m = TIME_PHRASE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] || m[3]) {
      // "2025年底前", "2025年6月底前", "2025年6月30日前" (not the date "2023年1月4日"), "明年", "明年上半年".
      const rest = m[0].replace(/^[0-9]{4}\s*年|^明年|^下一年/, "");
      // "明年国庆前", "明年春节前": the holiday's phrase, read next, takes the 明年 with it.
      if (m[3] && rest.trim() === "" && holidayAhead(s.slice(end))) continue;
      const when = afterYear(rest);
      const dated = when !== null && /^\s*\d{1,2}\s*月(?:份)?\s*$/.test(rest) ? dayDeadline(s, end) : null;
      if (dated && when) {
        out.push({ start, end: dated.end, month: when.month, day: dated.day, year: m[1] ? Number(m[1]) : null, yearOffset: m[3] ? 1 : 0 });
        continue;
      }
      if (m[1] && /^\s*(?:\d{0,2}\s*日|起|至|到|以来|开始)/.test(s.slice(end))) continue;
      if (when === null) continue;
      out.push({ start, end, ...when, year: m[1] ? Number(m[1]) : null, yearOffset: m[3] ? 1 : 0 });
    } else if (m[4]) {
      out.push({ start, end, month: m[4] === "下半年" ? 12 : 6, day: null, year: null, yearOffset: 0 });
    } else if (m[5]) {
      out.push({ start, end, month: (monthOf(m[5]) ?? 4) * 3, day: null, year: null, yearOffset: 0 });
    } else if (m[6]) {
      out.push({ start, end, month: 12, day: null, year: null, yearOffset: 0 });
    } else if (m[9]) {
      // "2025年国庆前", "明年五一前": the year written before the holiday is its year.
      const eve = holidayEve(m[9]);
      const { start: from, year, yearOffset } = yearWrittenBefore(s, start);
      if (eve) out.push({ start: from, end, ...eve, year, yearOffset });
    } else if (m[11] || m[13]) {
      // "三年内": the report's year and the ones after it, to the end of the last.
      const years = spanYears(m.slice(10, 15));
      if (years !== null) out.push({ start, end, month: 12, day: null, year: null, yearOffset: years - 1 });
    } else if (m[15]) {
      out.push({ start, end, month: 12, day: null, year: planPeriodEnd(m[15]), yearOffset: 0 });
    } else if (m[16] || m[17] || m[19]) {
      // "2025年五一前", "2025年春节前": the holiday's phrase, read next, takes the year with it.
      if (m[19] && holidayAhead(s.slice(end))) continue;
      const due = yearDeadline(m.slice(16, 20));
      if (due) out.push({ start, end, month: 12, day: null, yearOffset: 0, ...due });
    } else if (m[7]) {
      // "2023年1月4日" is a date, not a deadline; "3个月" never matches (个 sits between).
      // "6月30日前" is one: a date followed by 前.
      const before = s.slice(Math.max(0, start - 2), start);
      const after = s.slice(end, end + 3);
      // A month after a year is the year's ("2023年6月", read above), but 今年 is the report's own.
      if (/(?<!今)年\s*$|\d$/.test(before)) continue;
      const month = monthOf(m[7]);
      const dated = month !== null && m[8] === undefined && !/前$/.test(m[0]) ? dayDeadline(s, end) : null;
      if (month !== null && dated) {
        out.push({ start: withThisYear(s, start), end: dated.end, month, day: dated.day, year: null, yearOffset: 0 });
        continue;
      }
      if (/^\s*\d{0,2}\s*日/.test(after) || /^\s*\d/.test(after)) continue;
      if (month === null) continue;
      const part = m[8];
      const day = part === "上旬" ? 10 : part === "中旬" ? 20 : null;
      out.push({ start: withThisYear(s, start), end, month, day, year: null, yearOffset: 0 });
    }
  }
  const occasions = findOccasions(s).filter((o) => !out.some((p) => p.start < o.end && o.start < p.end));
  return occasions.length === 0 ? out : [...out, ...occasions].sort((a, b) => a.start - b.start);
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date a phrase sets, in the report's `year`. A year written with the phrase counts
 * unless it is the year the text plans for (`textYears`; it differs from `year` only when
 * the caller overrides the year): "2025年底前" in a 2024 report is 2025-12-31.
 */
export function deadlineDate(year: number, phrase: TimePhrase | null, textYears: number[] = [year]): string {
  let y = year;
  if (phrase?.year != null && !textYears.includes(phrase.year)) y = phrase.year;
  y += phrase?.yearOffset ?? 0;
  const month = phrase?.month ?? 12;
  // A day the month lacks ("2月30日前") is read as its last day.
  const day = Math.min(phrase?.day ?? 31, lastDay(y, month));
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
