// Occasions without a day of their own, read by deadline.ts as undated time phrases: "春节前",
// "牡丹文化节前", "汛期前", "牡丹文化节期间" — due at the end of their year, not stated, named for the
// import review to ask the day (holidays.ts says why the lunar holidays are not dated).

import type { TimePhrase } from "./deadline";

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
 * The year written right before `at` in `s` (`YEAR_BEFORE`), for a holiday's or an occasion's phrase
 * starting at `at`: where the phrase then starts, and its year (a number, or 明年 as the year after).
 */
export function yearWrittenBefore(s: string, at: number): { start: number; year: number | null; yearOffset: number } {
  const year = YEAR_BEFORE.exec(s.slice(0, at));
  return {
    start: year ? at - year[0].length : at,
    year: year?.[1] ? Number(year[1]) : null,
    yearOffset: year && !year[1] ? 1 : 0,
  };
}

/**
 * The occasions of `OCCASION` in `s`, as undated time phrases, each with the year written before it
 * ("2025年春节前", "明年汛期前": that year's, still undated), named as written.
 */
export function findOccasions(s: string): TimePhrase[] {
  OCCASION.lastIndex = 0;
  return [...s.matchAll(OCCASION)].map((m) => {
    const { start, year, yearOffset } = yearWrittenBefore(s, m.index);
    const end = m.index + m[0].length;
    return {
      start,
      end,
      month: 12,
      day: null,
      year,
      yearOffset,
      occasion: s.slice(start, end),
      ...(m[1] ? { inName: true as const } : {}),
    };
  });
}

const OCCASION_AHEAD = new RegExp(`^\\s*${OCCASION.source}`);
/** Whether `rest` opens with an occasion ("春节前" after "2025年"): its phrase takes the year before it. */
export const occasionAhead = (rest: string) => OCCASION_AHEAD.test(rest);
