// A figure whose name says no whose takes it from the target or the clause before it, in the
// same sentence:
//   "实施388个10亿元以上重大项目，年度完成投资2600亿元" → 10亿元以上重大项目年度完成投资
//   "新增城镇就业2万人，其中高校毕业生不少于8000人"   → 新增城镇就业（其中高校毕业生）
//   "改造老旧小区300个，其中完成加装电梯200部"        → 改造老旧小区（其中加装电梯）, 200部
//   "新建益农信息社50个，惠及80%的农户"              → 益农信息社惠及农户

import { MAX_NAME, opensWithReach, withoutLeadingVerb } from "./indicator";
import { hasMagnitude, isRateOfChangeUnit, MAGNITUDES, matchUnit } from "./units";

/** A target's name and where its quote starts, relative to the current clause. */
export interface WholeTarget {
  indicator: string;
  start: number;
}

/** A target of the sentence a part may be of (…，其中…): where its words end, and its unit. */
export interface Whole extends WholeTarget {
  end: number;
  unit: string | null;
}

/** A part's name, and where its quote starts when that is at its whole (else its own words). */
export interface Part {
  indicator: string;
  start: number | null;
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
  /** The targets of the sentence up to its end: the wholes a part after it may be of ("…，其中…"). */
  wholes: Whole[];
}

/**
 * Names of a figure that say what was done but not to what ("年度完成投资2600亿元"): after a
 * clause that counted things, the figure is theirs.
 */
export const SUBJECTLESS_MEASURE = /^(?:年度|全年|当年)?(?:累计)?完成(?:投资|产值)$/;
/** A count of projects that does not say what they build ("实施449个建设项目"). */
export const BARE_PROJECTS = /^(?:建设)?项目$/;

/** Where a part's 其中 opens, at the start of a clause or a list item: "…，其中…", "…、其中…". */
const PART_OPENING = /(?:^|[、，,；;\s])其中/g;

/**
 * A unit without its magnitude: 2万人 and 8000人 count the same things, as 10万千瓦 and 5000千瓦
 * do — the 千 of 千瓦, 千克, 千米 is the unit's own (hasMagnitude), not a magnitude before it.
 */
const MAGNITUDE_OPENING = new RegExp(`^(?:${MAGNITUDES.join("|")})(?=.)`);
const unitOfThings = (unit: string | null | undefined) =>
  unit && hasMagnitude(unit) ? unit.replace(MAGNITUDE_OPENING, "") : (unit ?? "");

/**
 * The name of a part of `whole` ("新增城镇就业2万人，其中高校毕业生不少于8000人" →
 * 新增城镇就业（其中高校毕业生）): alone, 高校毕业生 would count all the graduates there are, and
 * "新增城镇就业中高校毕业生" may be read another way (新建学校中小学: 中小学?). A part that
 * names the whole in its own name keeps it (重点项目 → 省重点项目).
 */
function partOf(whole: string, part: string): string {
  return part.includes(whole) ? part : `${whole}（其中${part}）`;
}

/**
 * "…，其中高校毕业生不少于8000人、退役军人500人": the name of a part, each item after 其中. Its
 * whole is the last target before 其中 counting the same things (`unit`; not "年度计划投资1500亿元"
 * for "其中省重点项目120个"). `name` is what the part says of itself: its name, or for one that
 * has none ("其中3个年底前建成投用") what is done to it. The quote starts at the whole, to show
 * what the name took, unless that would take in another target's figure. `wholes` are the
 * sentence's targets so far, offsets relative to `clause`; null when the figure is no part.
 */
export function asPart(clause: string, numberStart: number, unit: string | null, name: string, wholes: Whole[]): Part | null {
  let opening = -1;
  PART_OPENING.lastIndex = 0;
  for (let m = PART_OPENING.exec(clause); m && m.index < numberStart; m = PART_OPENING.exec(clause)) opening = m.index;
  const part = name.replace(/^其中/, "");
  // "…增长8%，其中高技术制造业增加值增长12%": a rate of a part is no part of the whole's rate.
  if (opening < 0 || part === "" || isRateOfChangeUnit(unit)) return null;
  const whole = wholes.findLast((w) => w.end <= opening && unitOfThings(w.unit) === unitOfThings(unit)) ?? workOf(wholes, opening, unit, part);
  if (!whole) return null;
  const alone = wholes.every((w) => w === whole || w.end <= whole.start);
  return { indicator: partOf(whole.indicator, part), start: alone ? whole.start : null };
}

const isCountUnit = (unit: string | null) => matchUnit(unit ?? "", 0)?.kind === "count";

/**
 * "改造老旧小区300个，其中完成加装电梯200部": a count in another unit than every whole is no share
 * of one, but what is done within the last, when that counts things too: the elevators are those
 * of the renovation (改造老旧小区（其中加装电梯）, 200部), not every elevator the city adds. Not a
 * measure (其中…就业率, …亿元), which names its own subject — unless it names none: "实施重点项目500个，
 * 其中完成投资100亿元" is the projects' investment (重点项目（其中完成投资）, SUBJECTLESS_MEASURE).
 */
function workOf(wholes: Whole[], opening: number, unit: string | null, part: string): Whole | undefined {
  const last = wholes.findLast((w) => w.end <= opening);
  if (!last) return undefined;
  // Whatever the whole measures but a rate: "改造管网100公里，其中完成投资10亿元" is the pipes' too.
  if (SUBJECTLESS_MEASURE.test(part)) return isRateOfChangeUnit(last.unit) ? undefined : last;
  return isCountUnit(unit) && isCountUnit(last.unit) ? last : undefined;
}

/**
 * "新建益农信息社50个，惠及80%的农户": a reach with no subject (`lead`, the words kept before the
 * number) is of what the target before counted, without its verb (the ones there are reach, not
 * the new ones alone): 益农信息社惠及农户. Null when it has a subject, or when the name taken would be
 * too long to keep whole ("新增电子病历共享应用、检查检验结果互认医院60家，覆盖…": cut, it would
 * credit one of the two): it is then named by its own words. Quoted from its own words too: from
 * the target before, the quote would take in that target's figure.
 */
export function reachedBy(lead: string, name: string, whole: WholeTarget | null): Part | null {
  if (!whole || !opensWithReach(lead)) return null;
  const indicator = withoutLeadingVerb(whole.indicator) + name;
  return indicator.length <= MAX_NAME ? { indicator, start: null } : null;
}
