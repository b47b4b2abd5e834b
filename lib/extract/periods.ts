// Deadlines at the end of a span of years or of a five-year plan, read by deadline.ts:
//   "三年内", "今后五年内", "力争用三年时间", "经过两年努力" → the end of the span's last year, the
//   report's year counted as its first (a 三年行动 of 2024 runs to 2026);
//   "“十四五”末", "十四五期末"                          → the end of the plan's last year (2025).

import { parseChineseNumeral } from "./numbers";

/** Not after a count of years ("三年内", "半年内") or 近 ("近三年内", the years just past). */
export const NOT_AFTER_YEARS = "(?<![0-9〇零一二两三四五六七八九十近半])";

const YEARS = "[0-9]{1,2}|[一二两三四五六七八九十]{1,3}";
/** The first number of "两到三年": the span is the longer. */
const FROM_YEARS = `(?:(?:${YEARS})\\s*(?:到|至|[-—～~])\\s*)?`;
const AFTER_SPAN = "内|(?:左右)?的?(?:时间|努力)";

/**
 * A span of years, five capture groups: what leads to it (今后, 未来, 用, 经过 …), its number of
 * years and what follows (内, 时间, 努力), or, with nothing before it, the number and what follows.
 * spanYears says whether they make a span ("经过三年建设" is work done). Two alternatives, the
 * second opening on a numeral: a lookbehind tried at every position of every clause costs.
 */
export const YEAR_SPAN =
  `(今后|未来|(?:再|利)?用|经过|通过)\\s*${FROM_YEARS}(${YEARS})\\s*年(${AFTER_SPAN})?(?:之前|前)?` +
  `|(?=[0-9一二两三四五六七八九十])${NOT_AFTER_YEARS}${FROM_YEARS}(${YEARS})\\s*年(${AFTER_SPAN})(?:之前|前)?`;

/**
 * The years of a span read by YEAR_SPAN (its five groups), or null when it is none: a span is
 * within years (内), a time or an effort of years (用三年时间, 经过两年努力), or the years ahead
 * (今后五年, 未来五年) — not work done over years ("经过三年建设"). "三年前" is a time ago, "三年行动"
 * a name: neither matches.
 */
export function spanYears([lead, leadYears, leadAfter, years]: (string | undefined)[]): number | null {
  if (lead && !leadAfter && lead !== "今后" && lead !== "未来") return null;
  const n = leadYears ?? years ?? "";
  const count = /^\d+$/.test(n) ? Number(n) : parseChineseNumeral(n);
  return count !== null && count >= 1 ? count : null;
}

/**
 * The end of a five-year plan ("“十四五”末", "十四五时期末", "“十四五”规划末期"); one capture group,
 * the plan's number after 十. Not "十四五规划" or "“十四五”以来": no time of their own.
 */
export const PLAN_PERIOD_END = `[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:时期|期)?末(?:期)?(?:之前|前)?`;

/**
 * The last year of the 十N五 plan: one every five years since the 三五 (1966–1970), so the 十四五
 * runs 2021–2025 and the 十五五 2026–2030.
 */
export function planPeriodEnd(n: string): number {
  return 1955 + 5 * (10 + (parseChineseNumeral(n) ?? 0));
}
