// Numeric commitments of one clause: which quantities are targets, and for each its
// indicator, quote span and comparator.

import { cappedGrowthVerb, comparatorFor, isChangeRate, signFor, withoutFallVerb } from "./comparators";
import { completeSubjects, isPlainList, sharedSubjects, splitSubjects } from "./enumerations";
import { builtObject, flowVerb, indicatorAfter, indicatorBefore, isBareNoun, keptVerb, nounAfterEnd, opensWithReach, predicateAfter, shareScope, shorten, withoutLeadingVerb } from "./indicator";
import { impliedUnit } from "./implicit-units";
import { carriedOnto, listHead, NO_LIST_HEAD, type ListHead } from "./list-carry";
import { COMPLETION_VERB } from "./milestones";
import { notAQuantityReason } from "./not-quantities";
import { findQuantities, type Quantity } from "./quantities";
import type { Comparator } from "./types";
import { nounFollows } from "./text-utils";
import { differenceFromYearBefore, isChangeOnYearBefore, isComparisonClause, withoutYearBefore } from "./year-before";

const MAX_INDICATOR_SPAN = 60;

export interface NumericDraft {
  start: number; // relative to the clause
  end: number;
  indicator: string;
  quantity: Quantity;
  comparator: Comparator;
  /** The thing counted, written after the number and ending the quote ("388个|10亿元以上重大项目"). */
  counted?: string;
  /** A difference from the year before: what it is of ("粮食产量" of 粮食产量增加), see year-before.ts. */
  differenceOf?: string;
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

/** A target's name and where its quote starts, relative to the current clause. */
export interface WholeTarget {
  indicator: string;
  start: number;
}

/** "…，其中高校毕业生不少于8000人": a figure that is part of the target before it. */
const PART_OPENING = /^\s*其中/;

/**
 * The name of a part of `whole` ("新增城镇就业2万人，其中高校毕业生不少于8000人" →
 * 新增城镇就业中高校毕业生): alone, 高校毕业生 would count all the graduates there are. A part that
 * names itself keeps its name: one of the whole's kind, ending as the whole does (固定资产投资 →
 * 工业投资, 重点项目 → 省重点项目), or a measure of its own (…就业率).
 */
function partOf(whole: string, part: string): string {
  if (part === "" || part.endsWith(whole.slice(-1)) || MEASURE_WORD.test(part)) return part;
  return `${whole}中${part}`;
}

/**
 * Names of a figure that say what was done but not to what ("年度完成投资2600亿元"): after a
 * clause that counted things, the figure is theirs.
 */
const SUBJECTLESS_MEASURE = /^(?:年度|全年|当年)?(?:累计)?完成(?:投资|产值)$/;
/** A count of projects that does not say what they build ("实施449个建设项目"). */
const BARE_PROJECTS = /^(?:建设)?项目$/;

function targetQuantities(clause: string, quoted: (pos: number) => boolean): Quantity[] {
  const quantities = findQuantities(clause);
  return quantities.filter((_, index) => notAQuantityReason({ clause, quantities, index, quoted }) === null);
}

function skipJoiners(clause: string, pos: number): number {
  const m = /^[\s、和及与并]*/.exec(clause.slice(pos));
  return pos + (m ? m[0].length : 0);
}

/**
 * A figure introduced only by 力争 / 争取 (… 达到): a stretch of the target before it when in the
 * same unit ("增长6.5%左右、力争7%", "增长7%，力争8%"), else that target's subject at another
 * measure ("增长6%，力争达到1500亿元").
 */
const STRETCH_ONLY = /^(?:力争|争取|努力争取|努力|力求)(?:达到|实现|突破|超过)?$/;

/** The last target of the sentence so far, for a stretch figure in a later clause. */
export interface PreviousTarget {
  indicator: string;
  unit: string | null;
}

export function numericDrafts(
  clause: string,
  quoted: (pos: number) => boolean,
  previousTarget: PreviousTarget | null = null,
  before: ClauseBefore | null = null,
  /** A clause of comparison with the year before ("与去年相比") came before, in the sentence. */
  compared = false,
): NumericDraft[] {
  const targets = targetQuantities(clause, quoted);
  const drafts: NumericDraft[] = [];
  let segmentStart = skipJoiners(clause, 0);
  let previous: PreviousTarget | null = previousTarget;
  let previousIndicator = "";
  // "新增各类市场主体10万户、规模以上工业企业260家": the flow verb of a list's first item governs
  // the counts listed after it, until an item brings a verb of its own.
  let list: ListHead = NO_LIST_HEAD;
  let previousEnd = 0;
  // What the previous target counted, for "…产业项目200个、新签约120个": a verb alone borrows it
  // only from a count in the same unit.
  let previousCount: { unit: string | null } | null = null;
  // The thing the previous target counted when written after its number ("480 个重点项目"), for
  // a figure of those things that follows with no pause ("…重点项目完成投资 400 亿元以上").
  let previousCounted: string | null = null;

  // "牛、羊饲养量分别达到50万头、170万只": subjects before 分别, numbers after, pairwise.
  const respectively = clause.indexOf("分别");
  const listed = respectively >= 0 ? targets.filter((q) => q.numberStart > respectively) : [];
  let pairedSubjects: string[] | null = null;
  let pairedStarts: number[] = [];
  const plainList = listed.length >= 2 && isPlainList(clause, listed);
  if (plainList) {
    const before = targets.filter((q) => q.numberStart < respectively);
    const from = before.length > 0 ? skipJoiners(clause, before[before.length - 1].end) : segmentStart;
    // "事故起数和死亡人数分别下降5%、6%": subjects may be joined by 和 rather than 、.
    let subjects = splitSubjects(clause, from, respectively);
    if (subjects.length !== listed.length) subjects = splitSubjects(clause, from, respectively, true);
    if (subjects.length === listed.length) {
      pairedSubjects = completeSubjects(subjects);
      pairedStarts = subjects.map((s) => s.start);
    }
  }

  // The target the next figure may be a part of: the last one of this clause, else of the clause before.
  const lastTarget = (): WholeTarget | null => drafts.at(-1) ?? before?.last ?? null;
  // "…，其中高校毕业生不少于8000人": a part's name, quoted from its whole so the quote shows what
  // the name took; null when the figure is no part or its name says it alone.
  const asPart = (prefix: string, name: string): WholeTarget | null => {
    const whole = PART_OPENING.test(prefix) ? lastTarget() : null;
    const named = whole ? partOf(whole.indicator, name) : name;
    return whole && named !== name ? { indicator: named, start: whole.start } : null;
  };

  const pairedIndex = new Map(listed.map((q, i) => [q, i] as const));
  // "分别增长9.4%、9.1%": the verb before the first listed number governs them all.
  const pairedPrefix = listed.length > 0 ? clause.slice(Math.max(0, listed[0].numberStart - MAX_INDICATOR_SPAN), listed[0].numberStart) : "";
  targets.forEach((q, targetIndex) => {
    // An indicator is a few words; never let one clause's text be rescanned per number.
    segmentStart = Math.max(segmentStart, q.numberStart - MAX_INDICATOR_SPAN);
    const pairIndex = pairedSubjects ? (pairedIndex.get(q) ?? -1) : -1;
    if (pairedSubjects && pairIndex >= 0) {
      // "粮食、油料产量分别比上年增加10亿斤、5亿斤": each the change of its subject.
      const change = differenceFromYearBefore(q, pairedPrefix, false);
      const subject = pairedSubjects[pairIndex];
      drafts.push({
        // From the first subject: the quote names every subject the figures pair with
        // ("牛、羊饲养量分别达到50万头、170万只"), not "羊饲养量…" with 牛's figure and no 牛.
        start: pairedStarts[0],
        end: q.end,
        indicator: shorten(change ? subject + change.verb : asShare(subject, q, pairedPrefix)),
        quantity: signed(q, pairedPrefix),
        comparator: comparatorFor(q, pairedPrefix),
        ...(change ? { differenceOf: subject } : {}),
      });
      previous = { indicator: pairedSubjects[pairIndex], unit: q.unit };
      previousCounted = null;
      segmentStart = skipJoiners(clause, q.end);
      return;
    }

    // The later numbers of "分别下降5%、6%" follow the verb written before the first.
    const verbPrefix = plainList && (pairedIndex.get(q) ?? 0) > 0 ? pairedPrefix : clause.slice(segmentStart, q.numberStart);
    const comparator = comparatorFor(q, verbPrefix);
    let quantity = signed(q, verbPrefix);
    const nounEnd = nounFollows(clause, q.end) ? nounAfterEnd(clause, q.end, quoted) : q.end;
    const noun = indicatorAfter(clause.slice(q.end, nounEnd));

    // "粮食产量比上年增加10亿斤": the change is the target, named by its subject and verb (粮食产量增加),
    // or by its verb and the thing counted after it ("比上年增加10所学校" → 增加学校). Without
    // either ("新建学校40所，较去年多10所") it says again the figure beside it and is none.
    // Read from the clause, not the segment: a list's joiners (与, 和) left out of the segment may be
    // the comparison's ("与去年相比多10所").
    const lookback = Math.max(0, q.numberStart - MAX_INDICATOR_SPAN);
    const change = differenceFromYearBefore(q, clause.slice(lookback, q.numberStart), compared, noun.length > 0);
    if (change) {
      const subject = indicatorBefore(clause.slice(segmentStart, Math.max(segmentStart, lookback + change.at)), q.unit);
      const of = subject || noun;
      const end = subject ? q.end : nounEnd;
      if (of) {
        // Right after "与去年相比，" the quote of its first figure starts with it, to say what the
        // change is against.
        const start = change.afterComparison && drafts.length === 0 && before && isComparisonClause(before.text) ? before.start : segmentStart;
        drafts.push({ start, end, indicator: shorten(subject ? subject + change.verb : change.verb + noun), quantity, comparator, differenceOf: of });
        // The subject, not the change, for a figure after it with no name ("…、达到1300亿斤").
        previous = { indicator: of, unit: q.unit };
        previousIndicator = of;
      }
      previousCounted = null;
      previousCount = null;
      list = NO_LIST_HEAD;
      previousEnd = end;
      segmentStart = skipJoiners(clause, end);
      return;
    }

    if (noun.length > 0) {
      // "实施388个10亿元以上重大项目": the thing counted follows the number. A short
      // predicate left in the clause ("8月交付使用", "竣工投产") belongs in the quote.
      const rest = clause.slice(nounEnd);
      const hasMoreTargets = targetIndex + 1 < targets.length;
      const predicateFollows = !hasMoreTargets && rest.trim().length <= 10 && !rest.includes("、");
      const end = predicateFollows ? clause.trimEnd().length : nounEnd;
      // "新培育3000家科技型中小企业", "打通15条断头路": a flow or problem verb before the number
      // stays with the thing counted;
      // "21个项目竣工投产", "500个老旧小区综合整治": so does what is done to it (two 老旧小区
      // of one report would otherwise name different targets).
      const shared = predicateFollows ? null : predicateShared(clause, nounEnd, targets[targetIndex + 1], targetIndex + 2 === targets.length, quoted);
      const predicate = predicateFollows ? predicateAfter(rest) : (shared?.predicate ?? "");
      // The quote holds what is done to the thing counted, as the name does: "完成50个地铁站和40个
      // …周边非机动车停放治理", not "完成50个地铁站".
      const quoteEnd = shared ? shared.end : end;
      // "新建2000张家庭养老床位、200个农村邻里互助养老服务点": a number listed right after the
      // 、 takes the flow verb the list opened with, as a noun listed with its number does.
      const prefix = clause.slice(segmentStart, q.numberStart);
      const carries = prefix.trim() === "" && list.verb !== "" && /、/.test(clause.slice(previousEnd, segmentStart));
      // "加快建设试点集镇，实施449个建设项目": projects of what the clause before builds, quoted with it.
      const built = drafts.length === 0 && BARE_PROJECTS.test(noun) && before && !before.hadTargets ? builtObject(before.text) : "";
      const thing = built ? `${built}建设项目` : noun;
      // "其他三级公立医院50%的门诊预约号源": a percent before its noun is a share of what the words
      // before it name, which stay with the thing counted as a kept verb does.
      const lead = (isShareBeforeNoun(clause, q) && shareScope(prefix)) || keptVerb(prefix);
      let indicator = (lead ? lead + thing : carries ? carriedOnto(list, thing) : thing) + predicate;
      let start = built && before ? before.start : segmentStart;
      const part = asPart(prefix, indicator);
      const whole = !part && opensWithReach(lead) ? lastTarget() : null;
      if (part) ({ indicator, start } = part);
      else if (whole) {
        // "新增…互认医院60家，覆盖二级以上医疗机构97%的门诊量": what covers is what the target before
        // counted (without its verb: the hospitals there are cover, not the new ones alone).
        indicator = withoutLeadingVerb(whole.indicator) + indicator;
        start = whole.start;
      }
      drafts.push({ start, end: quoteEnd, indicator: shorten(indicator), quantity, comparator, ...(end === nounEnd ? { counted: noun } : {}) });
      previous = { indicator, unit: q.unit };
      previousIndicator = noun;
      previousCounted = end === nounEnd ? noun : null;
      previousCount = null;
      const opening = flowVerb(prefix);
      list = opening ? listHead(opening, noun) : carries ? list : NO_LIST_HEAD;
      previousEnd = end;
      segmentStart = skipJoiners(clause, end);
      return;
    }

    // "…平台（一期）建成投用、服务外包合同执行额增长15%": an action listed before the
    // target is not part of its indicator.
    const listBreak = lastUnquotedIndex(clause, "、", segmentStart, q.numberStart, quoted);
    if (listBreak >= 0 && COMPLETION_VERB.test(clause.slice(segmentStart, listBreak))) {
      segmentStart = skipJoiners(clause, listBreak + 1);
    }

    const shared = sharedSubjects(clause, segmentStart, q.numberStart);
    if (shared) {
      completeSubjects(shared).forEach((indicator, i) => {
        drafts.push({ start: shared[i].start, end: q.end, indicator: shorten(asShare(indicator, q, verbPrefix)), quantity, comparator });
        previous = { indicator, unit: q.unit };
      });
      previousCounted = null;
      segmentStart = skipJoiners(clause, q.end);
      return;
    }

    // "确保民营经济市场主体增长10%以上、达到68万户": the second number reuses the subject.
    const prefix = clause.slice(segmentStart, q.numberStart);
    // Only a bare figure: "力争20个建成投产" names what the 20 are, a target of its own.
    const bareFigure = /^\s*(?:[、，,；;。]|$)/.test(clause.slice(q.end));
    if (previous && bareFigure && STRETCH_ONLY.test(prefix.replace(/\s+/g, ""))) {
      // The promise is the figure before; its 力争 is hoped for, not a second target to report.
      if (previous.unit === q.unit) {
        segmentStart = skipJoiners(clause, q.end);
        previousEnd = q.end;
        return;
      }
      drafts.push({ start: segmentStart, end: q.end, indicator: shorten(previous.indicator), quantity, comparator });
      previous = { indicator: previous.indicator, unit: q.unit };
      previousCounted = null;
      previousEnd = q.end;
      segmentStart = skipJoiners(clause, q.end);
      return;
    }
    // "能耗增长控制在3%": the ceiling is on the growth, which the name has to say.
    let indicator = indicatorBefore(prefix, q.unit) + cappedGrowthVerb(q, prefix);
    // "能耗降低3%" is 能耗 at −3, shown as 下降 3%: the name need not say it falls as well.
    if (signFor(q, verbPrefix) === -1) indicator = withoutYearBefore(withoutFallVerb(indicator));
    // The verb the name kept, to carry along the list (not 提升 before a rate: "提升…覆盖率到45%").
    const opening = flowVerb(prefix);
    const verb = indicator.startsWith(opening) ? opening : "";
    const listedAfter = /、/.test(clause.slice(previousEnd, segmentStart));
    const isCount = comparator !== "growth" && !/%|百分点/.test(q.unit ?? "");
    // A bare count listed after the previous item continues its list (and takes its flow verb).
    const continuesList = listedAfter && isCount && isBareNoun(prefix);
    if (verb && indicator === verb && previousIndicator && previousCount && previousCount.unit === q.unit) {
      // "谋划亿元以上产业项目200个、新签约120个": a verb alone counts the thing named before.
      indicator = verb + withoutLeadingVerb(previousIndicator);
    } else if (!verb && list.verb && continuesList) {
      // Not "新增…、粮食产量达到50亿斤": a level or a total keeps its own name.
      indicator = carriedOnto(list, indicator);
    }
    // "地区生产总值达到5000亿元，比上年增长7%": a change on the year before that names no subject
    // is that of the target just before it, in this sentence.
    if (indicator.length === 0 && previous && isChangeOnYearBefore(prefix)) indicator = previous.indicator;
    if (indicator.length === 0) indicator = previousIndicator;
    if (indicator.length === 0) indicator = clause.trim();
    // "480 个重点项目完成投资 400 亿元以上": the investment is those projects', not the city's.
    let start = segmentStart;
    const part = asPart(prefix, indicator);
    if (previousCounted && indicator !== previousIndicator && !/[，,、；;：:。]/.test(clause.slice(previousEnd, q.numberStart))) {
      indicator = previousCounted + indicator;
    } else if (drafts.length === 0 && before?.counted && SUBJECTLESS_MEASURE.test(indicator)) {
      // "实施388个10亿元以上重大项目，年度完成投资2600亿元": across the comma only when the name says
      // no whose; the quote starts with the count, so it shows the subject the name took.
      indicator = before.counted.noun + indicator;
      start = before.counted.start;
    } else if (part) {
      ({ indicator, start } = part);
    }
    previousCounted = null;
    // "新增生化处理能力日均1200吨": a capacity per day, 1200 吨/日 of 新增生化处理能力.
    const perDay = /(?:日均|每日|每天)$/.exec(indicator);
    if (perDay && quantity.unitKind === "measure" && quantity.unit && indicator.length > perDay[0].length) {
      indicator = indicator.slice(0, -perDay[0].length);
      quantity = { ...quantity, unit: `${quantity.unit}/日` };
    }
    drafts.push({ start, end: q.end, indicator: shorten(asShare(indicator, q, verbPrefix)), quantity, comparator });
    previous = { indicator, unit: q.unit };
    previousIndicator = indicator;
    previousCount = isCount ? { unit: q.unit } : null;
    list = verb ? listHead(verb, indicator.slice(verb.length)) : continuesList ? list : NO_LIST_HEAD;
    previousEnd = q.end;
    segmentStart = skipJoiners(clause, q.end);
  });
  return borrowQualifiers(borrowHeadNouns(drafts)).map(withImpliedUnit);
}

/**
 * The word that makes a name a measure a percent can be of: a rate (率, 比重, 比例, 占比, 涨幅 …), a
 * degree (强度, 进度, 水平 …), an amount (量, 额, 值, 收入, 规模 …), or a change (增长 …).
 */
const MEASURE_WORD = /(?:率|比重|比例|占比|强度|进度|幅|增速|速度|水平|程度|量|额|值|度|指数|份额|系数|增长|下降|降低|提高|成本|收入|支出|规模|面积|数|GDP|赤字|标准)$/;
/** A verb of what is done to a thing: "秸秆综合利用95%" is a rate of use, not a share of 秸秆综合利用. */
const DOING_WORD = /(?:利用|处理|回收|处置|达标|覆盖|完成|治理|使用|应用|接入|办理|办结|通过|入学|入园|投放|上线|联网|改造|建设|验收|减免|参保|参加|签约|就业)$/;

/**
 * "“达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%": a percent of a counted thing is its share
 * («“达标集镇”占比»), not 25% of 达标集镇. Only a level written after the name (a growth is a
 * rate already), when the name ends in a thing, not a measure or a verb, and says no 占 of its own. A percent written before
 * its noun ("50%的门诊预约号源…") names its share in its own words and does not come here.
 */
export function asShare(indicator: string, q: Quantity, verbPrefix: string): string {
  if (q.unit !== "%" || isChangeRate(q, verbPrefix)) return indicator;
  const name = indicator.replace(/[”"’」』）)]+$/, "");
  // "示范村占行政村总数", "民营企业占全部企业": a share written out already.
  if (!/[\u4e00-\u9fff]$/.test(name) || MEASURE_WORD.test(name) || DOING_WORD.test(name) || name.includes("占")) return indicator;
  return `${indicator}占比`;
}

/** "50%的门诊预约号源": a percent written before its noun. */
function isShareBeforeNoun(clause: string, q: Quantity): boolean {
  return q.unit === "%" && /^\s*的/.test(clause.slice(q.end));
}

/** "转移就业人数不低于20.5万": 20.5 万人, as the name says; see implicit-units.ts. */
function withImpliedUnit(d: NumericDraft): NumericDraft {
  const unit = impliedUnit(d.indicator, d.quantity.unit);
  return unit === d.quantity.unit ? d : { ...d, quantity: { ...d.quantity, unit } };
}

/**
 * "完成50个地铁站和40个重点区域周边非机动车停放治理": what the clause says is done to the last of
 * two things counted, joined by 和, is done to both (地铁站周边非机动车停放治理, not 地铁站).
 */
function predicateShared(clause: string, nounEnd: number, next: Quantity | undefined, nextIsLast: boolean, quoted: (pos: number) => boolean): { predicate: string; end: number } | null {
  if (!next || !nextIsLast || !/^\s*[和及与]\s*$/.test(clause.slice(nounEnd, next.numberStart)) || !nounFollows(clause, next.end)) return null;
  const rest = clause.slice(nounAfterEnd(clause, next.end, quoted));
  if (rest.trim().length === 0 || rest.trim().length > 10 || rest.includes("、")) return null;
  const predicate = predicateAfter(rest);
  // The quote ends where the last item's does: the clause's end (see predicateFollows).
  return predicate ? { predicate, end: clause.trimEnd().length } : null;
}

/** The quantity with the sign of its verb: "降低3%" → −3 ("下降2%—3%" → −3 … −2). */
function signed(q: Quantity, prefix: string): Quantity {
  if (signFor(q, prefix) === 1) return q;
  const flip = (n: number | null) => (n === null ? null : -n);
  return { ...q, value: -q.value, min: flip(q.max), max: flip(q.min) };
}

function lastUnquotedIndex(s: string, ch: string, from: number, to: number, quoted: (pos: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (s[i] === ch && !quoted(i)) return i;
  return -1;
}

const LEVEL_ONLY = /^(?:国家级|省级|市级|县级|区级)(?:以上)?$/;
const LEVEL_PREFIX = /^(?:国家级|省级|市级|县级|区级)(?:以上)?/;

/** "3个国家级、5个省级区域医疗中心" / "新培育省级以上科技领军人才6-8名、市级10名". */
function borrowHeadNouns(drafts: NumericDraft[]): NumericDraft[] {
  // A flow verb carried onto a level ("新培育市级") stays in front of what is borrowed.
  const bare = (indicator: string) => indicator.slice(flowVerb(indicator).length);
  return drafts.map((d, i) => {
    if (!LEVEL_ONLY.test(bare(d.indicator))) return d;
    const neighbour = [drafts[i + 1], drafts[i - 1]].find((n) => n && LEVEL_PREFIX.test(bare(n.indicator)) && !LEVEL_ONLY.test(bare(n.indicator)));
    if (!neighbour) return d;
    return { ...d, indicator: d.indicator + bare(neighbour.indicator).replace(LEVEL_PREFIX, "") };
  });
}

/** A level a thing is recognised at, written inside its name ("省级示范村", "全国示范村"). */
const LEVEL_WORD = /(?:国家级|省级|市级|县级|区级|全国|全省|全市|国家)(?:以上)?/;

/**
 * "“一村一品”省级示范村达到15个以上、全国示范村10个以上": an item listed after another that opens
 * with a level and names the same thing at another level (示范村 = 示范村) shares the qualifier
 * written before the first item's level (“一村一品”): «“一村一品”全国示范村», not «全国示范村».
 * Its quote starts where the qualifier does, so it shows the words the name took.
 */
function borrowQualifiers(drafts: NumericDraft[]): NumericDraft[] {
  const bare = (indicator: string) => indicator.slice(flowVerb(indicator).length);
  return drafts.map((d, i) => {
    const previous = drafts[i - 1];
    const own = bare(d.indicator);
    const level = LEVEL_WORD.exec(own);
    if (!previous || level?.index !== 0) return d;
    const before = bare(previous.indicator);
    const theirs = LEVEL_WORD.exec(before);
    if (!theirs || theirs.index === 0 || theirs[0] === level[0]) return d;
    if (before.slice(theirs.index + theirs[0].length) !== own.slice(level[0].length)) return d;
    const verb = d.indicator.slice(0, d.indicator.length - own.length);
    return { ...d, start: Math.min(d.start, previous.start), indicator: shorten(verb + before.slice(0, theirs.index) + own) };
  });
}

