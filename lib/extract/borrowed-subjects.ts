// A figure whose name says no whose takes it from the target or the clause before it, in the
// same sentence:
//   "实施388个10亿元以上重大项目，年度完成投资2600亿元" → 10亿元以上重大项目年度完成投资
//   "新增城镇就业2万人，其中高校毕业生不少于8000人"   → 新增城镇就业中高校毕业生
//   "…互认医院60家，覆盖二级以上医疗机构97%的门诊量"   → …互认医院覆盖二级以上医疗机构门诊量

import { opensWithReach, withoutLeadingVerb } from "./indicator";
import { namesMeasure } from "./shares";

/** A target's name and where its quote starts, relative to the current clause. */
export interface WholeTarget {
  indicator: string;
  start: number;
}

/**
 * The clause right before, in the same sentence, for a figure whose name has no subject of its
 * own: what its last target counted (and where that target's quote starts), or, when it had no
 * target, its text. Offsets are relative to the current clause (so negative).
 */
export interface ClauseBefore {
  text: string;
  start: number;
  counted: { noun: string; start: number } | null;
  hadTargets: boolean;
  /** Its last target: the whole a part of it is of ("…，其中…"). */
  last: WholeTarget | null;
}

/**
 * Names of a figure that say what was done but not to what ("年度完成投资2600亿元"): after a
 * clause that counted things, the figure is theirs.
 */
export const SUBJECTLESS_MEASURE = /^(?:年度|全年|当年)?(?:累计)?完成(?:投资|产值)$/;
/** A count of projects that does not say what they build ("实施449个建设项目"). */
export const BARE_PROJECTS = /^(?:建设)?项目$/;

/** "…，其中高校毕业生不少于8000人": a figure that is part of the target before it. */
const PART_OPENING = /^\s*其中/;

/**
 * The name of a part of `whole` ("新增城镇就业2万人，其中高校毕业生不少于8000人" →
 * 新增城镇就业中高校毕业生): alone, 高校毕业生 would count all the graduates there are. A part that
 * names itself keeps its name: one of the whole's kind, ending as the whole does (固定资产投资 →
 * 工业投资, 重点项目 → 省重点项目), or a measure of its own (…就业率).
 */
function partOf(whole: string, part: string): string {
  if (part === "" || part.endsWith(whole.slice(-1)) || namesMeasure(part)) return part;
  return `${whole}中${part}`;
}

/**
 * "…，其中高校毕业生不少于8000人": a part's name, quoted from its whole (the last target before it)
 * so the quote shows what the name took; null when the figure is no part or its name says it alone.
 */
export function asPart(prefix: string, name: string, whole: WholeTarget | null): WholeTarget | null {
  if (!whole || !PART_OPENING.test(prefix)) return null;
  const named = partOf(whole.indicator, name);
  return named !== name ? { indicator: named, start: whole.start } : null;
}

/**
 * "新增…互认医院60家，覆盖二级以上医疗机构97%的门诊量": a reach with no subject (`lead`, the words
 * kept before the number) is of what the target before counted, without its verb (the hospitals
 * there are cover, not the new ones alone), quoted from it; null when it has a subject.
 */
export function reachedBy(lead: string, name: string, whole: WholeTarget | null): WholeTarget | null {
  if (!whole || !opensWithReach(lead)) return null;
  return { indicator: withoutLeadingVerb(whole.indicator) + name, start: whole.start };
}
