// Deadlines written as a year, read by deadline.ts:
//   "到2025年，…", "到2025年的目标是…"          → the end of 2025: a goal by that year;
//   "2023年至2025年，…", "从2023年到2025年"      → the end of 2025: a range opening its clause;
//   "2025年，…", "力争2025年建成…"               → the end of 2025: a year alone opening its clause,
// and which of them set a deadline for the plan year (isDeadline).

import type { TimePhrase } from "./deadline";

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

/**
 * What, written right after a year, makes it no deadline for any of the rules below: a part of the
 * year ("2025年上半年", "2025年第三季度"), a start ("2025年以来", "2025年开始") or that of a range
 * ("2025年至2027年"). Each rule adds its own. (The year alone's 以 of 以后 covers 以来 already.)
 */
const NO_DEADLINE_AFTER = "上半年|下半年|第|[一二三四]\\s*季度|以来|开始|至|到";

/**
 * "到2025年，…": a goal by a year, due at its end as "到2025年底" is (the digits first, so the
 * lookbehind is tried only where a year is written); "到2025年的（主要）目标是…" says the same,
 * its words taken with the time. Not "恢复到2019年的水平", a year's level, nor the end of a range
 * of years ("2024至2026年行动计划"), read only where it opens the clause. One capture group.
 */
const GOAL_BY_YEAR = `([0-9]{4})(?<=[到至]\\s*[0-9]{4})(?<![0-9]\\s*年?\\s*[到至]\\s*[0-9]{4})\\s*年(?:\\s*的[\\u4e00-\\u9fff]{0,4}?(?:目标|任务)+(?:是|为)?)?(?!\\s*(?:[0-9底末内前的起]|${NO_DEADLINE_AFTER}))`;

/**
 * "2023年至2025年", "从2023年到2025年": a range of years opening the clause, due at the end of
 * its last as "到2025年" is (not a fiscal year's label, "2022—2023年度", nor the years of a
 * title or an average: "（2021—2035年）", "2021—2023年平均"). Two capture groups.
 */
const YEAR_RANGE = `(?=[0-9])(?<=${CLAUSE_OPENING}(?:从|到)?\\s*)([0-9]{4})\\s*年?\\s*(?:至|到|[-—–~～－]{1,2})\\s*([0-9]{4})\\s*年(?:底|末)?(?:之前|前)?(?!\\s*(?:[0-9内的起度）)》]|平均|均值|${NO_DEADLINE_AFTER}))`;

/**
 * "2025年，…", "力争2025年建成…": a year alone opening the text (a place and a stretch before
 * it), due at its end as 明年 is — not a year's level, label or start (2025年的, 2025年度,
 * 2025年初, 2025年以来 …), nor a date (deadline.ts reads it first). One capture group.
 */
const YEAR_ALONE = `(?<=${CLAUSE_OPENING})([0-9]{4})\\s*年(?!\\s*(?:[0-9底末内前的起度初是为以后]|${NO_DEADLINE_AFTER}))`;

/** The three rules, four capture groups (read by yearDeadline); the year alone's is the last. */
export const YEAR_DEADLINE = [GOAL_BY_YEAR, YEAR_RANGE, YEAR_ALONE].join("|");

/** The year a phrase read by YEAR_DEADLINE (its four groups) is due at the end of, or null for none. */
export function yearDeadline([goal, from, to, alone]: (string | undefined)[]): { year: number; yearAlone?: true } | null {
  if (goal) return { year: Number(goal) };
  // A range ends after it starts ("2025—2023年" is none).
  if (from && to) return Number(from) < Number(to) ? { year: Number(to) } : null;
  return alone ? { year: Number(alone), yearAlone: true } : null;
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
