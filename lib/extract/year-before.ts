// A comparison with the year before ("比上年", "较去年同期", "同比", a clause "与去年相比，"). A rate
// of change against it is the plan year's growth, named without the comparison ("粮食产量比上年增长
// 2%" → 粮食产量, growth 2). A difference from it, in a unit of its own ("粮食产量比上年增加10亿斤"),
// is a target of the change itself (粮食产量增加 = 10亿斤), unless it says again a target its
// sentence has (commitments.ts) or names no subject ("新建学校40所，较去年多10所": numeric.ts).

import { isRateOfChangeUnit } from "./units";
import type { Quantity } from "./quantities";

/** The year before the plan's, as a text names it: 去年, 上年, 上年度, 上一年, 上一年度, 前一年. */
const THE_YEAR_BEFORE = "(?:去年|上一?年度?|前一年)";
/** A year before the plan's, as a word: the year before, or the one before that (前年). */
export const A_YEAR_BEFORE = `(?:${THE_YEAR_BEFORE}|前年)`;
const YEAR = `(?:${THE_YEAR_BEFORE}|(?:19|20)\\d{2}\\s*年度?)`;
/** The year before as the reference of a comparison: "比上年", "较去年同期", "比2023年", "同比". */
const YEAR_BEFORE = `(?:(?:比|较|与)\\s*${YEAR}(?:同期)?|同比)`;
const CHANGE_VERB = "(多|少|增加|减少|增长|下降|提高|提升|降低|上升|回落|增|减)";
/** A change against it, right before the number: "比上年增长", "较去年多", "比上年年初预算增加". */
const CHANGE_ON_YEAR_BEFORE = new RegExp(`${YEAR_BEFORE}[^，,；;。、\\d]{0,6}?(?:相比)?\\s*${CHANGE_VERB}了?\\s*$`);
const YEAR_BEFORE_AT_END = new RegExp(`${YEAR_BEFORE}(?:相比)?$`);
/** A clause that is nothing but the comparison, for the clause after it: "与去年相比", "同上年相比". */
const COMPARISON_CLAUSE = new RegExp(`^(?:与|同|和|跟|较|比)\\s*${YEAR}(?:同期)?\\s*(?:相比|比较)$`);
/** A change verb right before the number ("新建学校多"), not the 增 of 新增. */
const CHANGE_AT_END = new RegExp(`(?<!新)${CHANGE_VERB}了?\\s*$`);
/**
 * A change said without the year it is against ("粮食产量增加10亿斤", "人均预期寿命提高0.5岁"): a
 * plan's change of a yearly amount is on the year before. Only a verb of two characters: 多 and
 * 增 alone ("新建学校多10所") need the comparison to be one.
 */
const UNMARKED_CHANGE = /(增加|减少|增长|下降|提高|提升|降低|上升|回落)了?\s*$/;
/** The name says 多 and 少 (增, 减) as 增加 and 减少: "新建学校多" is no name. */
const CHANGE_NAMED: Record<string, string> = { 多: "增加", 增: "增加", 少: "减少", 减: "减少" };

/** Whether the number is a change on the year before ("比上年增长2%", "较去年多10所"). */
export function isChangeOnYearBefore(prefix: string): boolean {
  return CHANGE_ON_YEAR_BEFORE.test(prefix);
}

/** A name without the year it is compared with ("粮食产量比上年" → "粮食产量"): growth says so. */
export function withoutYearBefore(indicator: string): string {
  return indicator.replace(YEAR_BEFORE_AT_END, "").trimEnd();
}

export interface Difference {
  /** Where in `prefix` the comparison starts (or the verb, after a clause of comparison): its subject is written before. */
  at: number;
  /** The change as the name says it: 增加, 减少, 提高 … */
  verb: string;
  /** The comparison is a clause before ("与去年相比，新建学校多10所"), not in the figure's own words. */
  afterComparison: boolean;
}

/** Whether a clause is nothing but a comparison with the year before ("与去年相比"). */
export function isComparisonClause(clause: string): boolean {
  return COMPARISON_CLAUSE.test(clause.trim());
}

/**
 * The figure as a difference from the year before ("粮食产量比上年增加10亿斤", "较去年多10所",
 * "新建学校多10所" after "与去年相比，", or "粮食产量增加10亿斤" with nothing counted after it), or
 * null: a rate (%, 个百分点, 倍) is a growth, and a figure without a change verb
 * ("与去年相比，新建学校40所") is the year's own. `prefix` is the clause's text before the number;
 * `compared`, whether a clause of comparison (isComparisonClause) came before in the sentence;
 * `counted`, whether the thing counted follows the number ("增加10个停车场": the verb is a flow's).
 */
export function differenceFromYearBefore(q: Quantity, prefix: string, compared: boolean, counted = false): Difference | null {
  if (isRateOfChangeUnit(q.unit)) return null;
  const own = CHANGE_ON_YEAR_BEFORE.exec(prefix);
  const after = own || !compared ? null : CHANGE_AT_END.exec(prefix);
  const m = own ?? after ?? (counted ? null : UNMARKED_CHANGE.exec(prefix));
  if (!m) return null;
  return { at: m.index, verb: CHANGE_NAMED[m[1]] ?? m[1], afterComparison: after !== null };
}
