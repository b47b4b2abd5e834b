// Deadlines written in the text: 上半年, 半年内, 6 月底前, 三季度, 一季度末, 8月, 年底前, 国庆前 …,
// also in another year: 2025年底前, 2025年6月底前, 到2025年, 2023年至2025年, 明年底前, 明年, 三年内,
// 用三年时间, “十四五”末 (periods.ts). A commitment without one is due at the end of the report's year; one due by an
// occasion without a day (牡丹文化节前) too, the occasion named.

import { HOLIDAY_DEADLINE, holidayEve } from "./holidays";
import { parseChineseNumeral } from "./numbers";
import { NOT_AFTER_YEARS, PLAN_PERIOD_END, planPeriodEnd, spanYears, YEAR_SPAN } from "./periods";

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
   * were written, and not stated — the import review asks the admin for its day, naming it.
   */
  occasion?: string;
  /**
   * A year alone opening the text ("2025年，…", "全市2025年建成…"): a later year's end, as 明年 is;
   * the plan year's writes no deadline, as 今年 does not (see isDeadline).
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

/** The place that may be named before a clause's time ("全市去年…", "全市2025年…"). */
export const PLACE = /^(?:全(?:国|省|市|区|县)|我(?:国|省|市|区|县)|本(?:省|市|区|县))/;
/**
 * The words of a stretch that may come before a clause's time ("力争2025年…", "力争到2025年…",
 * "努力到年底，…"): one list for every reader of a time's lead (commitments.ts, indicator.ts,
 * other-years.ts).
 */
export const STRETCH = "(?:力争|确保|争取|努力)";
/**
 * Where a year opening a clause's time may stand: the clause's start, after a place and stretch
 * words ("全市力争2025年…"). A year elsewhere in a clause is no time of it: a plan's title
 * ("《…规划（2021—2035年）》"), an average's years ("高于2021—2023年平均水平").
 */
const CLAUSE_OPENING = `^(?:${PLACE.source.slice(1)})?\\s*(?:${STRETCH}\\s*)*`;

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
    // "到2025年，…": a goal by a year, due at its end as "到2025年底" is (the digits first, so the
    // lookbehind is tried only where a year is written); "到2025年的（主要）目标是…" says the same,
    // its words taken with the time. Not "恢复到2019年的水平", a year's level.
    // Not the end of a range of years ("2024至2026年行动计划"), read below only where it opens the clause.
    `([0-9]{4})(?<=[到至]\\s*[0-9]{4})(?<![0-9]\\s*年?\\s*[到至]\\s*[0-9]{4})\\s*年(?:\\s*的[\\u4e00-\\u9fff]{0,4}?(?:目标|任务)+(?:是|为)?)?(?!\\s*(?:[0-9底末内前的起]|上半年|下半年|第|[一二三四]\\s*季度|以来|开始|至|到))`,
    // "2023年至2025年", "从2023年到2025年": a range of years opening the clause, due at the end of
    // its last as "到2025年" is (not a fiscal year's label, "2022—2023年度", nor the years of a
    // title or an average: "（2021—2035年）", "2021—2023年平均").
    `(?=[0-9])(?<=${CLAUSE_OPENING}(?:从|到)?\\s*)([0-9]{4})\\s*年?\\s*(?:至|到|[-—–~～－]{1,2})\\s*([0-9]{4})\\s*年(?:底|末)?(?:之前|前)?(?!\\s*(?:[0-9内的起度）)》]|平均|均值|上半年|下半年|第|[一二三四]\\s*季度|以来|开始|至|到))`,
    // "2025年，…", "力争2025年建成…": a year alone opening the text (a place and a stretch before
    // it), due at its end as 明年 is — not a year's level, label or start (2025年的, 2025年度,
    // 2025年初, 2025年以来 …), nor a date, read above.
    `(?<=${CLAUSE_OPENING})([0-9]{4})\\s*年(?!\\s*(?:[0-9底末内前的起度初是为以后]|上半年|下半年|第|[一二三四]\\s*季度|开始|至|到))`,
  ].join("|"),
  "g",
);

/**
 * Occasions whose day is not a fixed day of the Gregorian calendar (holidays.ts says why), before
 * or during which something is promised: the lunar holidays, the flood season, the heating season,
 * the school term, and a named festival or fair ("牡丹文化节", "河洛文化旅游节", "农产品博览会" — two
 * characters of name before its kind, so the subject written before it stays out: "天街洛南段"
 * of "天街洛南段牡丹文化节前完工"). Not "春节前后" (around it), nor 前置, 前列 ….
 */
const OCCASION = new RegExp(
  "(?:春节|除夕|元宵节?|清明节?|端午节?|中秋节?|重阳节?|主汛期|汛期|入汛|(?<!防)汛|雨季|入冬|供暖季|采暖季|供热季|供暖|采暖|供热|(?:春季|秋季)?开学" +
    "|[\\u4e00-\\u9fff]{2}(?:文化|旅游|艺术|音乐|电影|美食|国际){1,2}节|[\\u4e00-\\u9fff]{2}(?:博览会|交易会|运动会))" +
    "(?:(?:之前|以前|前)(?![后置沿列端期景提移瞻台行进夕0-9一二三四五六七八九十])|(期间))",
  "g",
);

/** A year or 明年 written right before a holiday or an occasion: the one it is in ("2025年国庆前", "明年春节前"). */
const YEAR_BEFORE = /(?:([0-9]{4})\s*年|明年)\s*$/;
/** The year an occasion's phrase opens with ("2025年" of "2025年春节期间"): it leaves a name as any year does. */
export const OCCASION_YEAR = /^(?:[0-9]{4}\s*年|明年)\s*/;

/**
 * The occasions of `OCCASION` in `s`, as undated time phrases, each with the year written before it
 * ("2025年春节前", "明年汛期前": that year's, still undated), named as written.
 */
function findOccasions(s: string): TimePhrase[] {
  OCCASION.lastIndex = 0;
  return [...s.matchAll(OCCASION)].map((m) => {
    const year = YEAR_BEFORE.exec(s.slice(0, m.index));
    const start = year ? m.index - year[0].length : m.index;
    const end = m.index + m[0].length;
    return {
      start,
      end,
      month: 12,
      day: null,
      year: year?.[1] ? Number(year[1]) : null,
      yearOffset: year && !year[1] ? 1 : 0,
      occasion: s.slice(start, end),
      ...(m[1] ? { inName: true as const } : {}),
    };
  });
}

/**
 * A holiday or an occasion right after a year or 明年 ("2025年五一前", "2025年春节前"): its phrase,
 * read next, takes the year with it (a year alone would be due at its end and hide it).
 */
const HOLIDAY_AHEAD = new RegExp(`^\\s*(?:${HOLIDAY_DEADLINE}|${OCCASION.source})`);

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
      if (m[3] && rest.trim() === "" && HOLIDAY_AHEAD.test(s.slice(end))) continue;
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
      const year = YEAR_BEFORE.exec(s.slice(0, start));
      const from = year ? start - year[0].length : start;
      if (eve) out.push({ start: from, end, ...eve, year: year?.[1] ? Number(year[1]) : null, yearOffset: year && !year[1] ? 1 : 0 });
    } else if (m[11] || m[13]) {
      // "三年内": the report's year and the ones after it, to the end of the last.
      const years = spanYears(m.slice(10, 15));
      if (years !== null) out.push({ start, end, month: 12, day: null, year: null, yearOffset: years - 1 });
    } else if (m[15]) {
      out.push({ start, end, month: 12, day: null, year: planPeriodEnd(m[15]), yearOffset: 0 });
    } else if (m[16]) {
      out.push({ start, end, month: 12, day: null, year: Number(m[16]), yearOffset: 0 });
    } else if (m[17]) {
      if (Number(m[17]) < Number(m[18])) out.push({ start, end, month: 12, day: null, year: Number(m[18]), yearOffset: 0 });
    } else if (m[19]) {
      // "2025年五一前", "2025年春节前": the holiday's phrase, read next, takes the year with it.
      if (HOLIDAY_AHEAD.test(s.slice(end))) continue;
      out.push({ start, end, month: 12, day: null, year: Number(m[19]), yearOffset: 0, yearAlone: true });
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

/**
 * Whether a phrase sets a deadline for a report planning `textYears`: a year alone does only when
 * later ("2025年，…" in a 2024 report); the plan year alone is the report's own, as 今年 is. A
 * year before the plan year is no deadline wherever it is written ("并于2023年底前完成验收" in a
 * 2024 report): a clause opening with one looks back (other-years.ts), one inside a clause names
 * what was done then.
 */
export function isDeadline(phrase: TimePhrase, textYears: number[]): boolean {
  if (phrase.year !== null && phrase.year < Math.min(...textYears)) return false;
  return !phrase.yearAlone || (phrase.year ?? 0) > Math.max(...textYears);
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
