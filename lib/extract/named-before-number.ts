// A target named by the words written before its number:
//   "力争房地产开发投资增长8%"                   → 房地产开发投资
//   "新增各类市场主体10万户、规模以上工业企业260家" → 新增规模以上工业企业 (the list's verb)
//   "…，年度完成投资2600亿元"                   → 10亿元以上重大项目年度完成投资 (a subject borrowed)

import { asPart, SUBJECTLESS_MEASURE, type ClauseBefore, type Whole, type WholeTarget } from "./borrowed-subjects";
import { predicateAfter } from "./counted-after-number";
import { cappedGrowthVerb, signFor, withoutFallVerb } from "./comparators";
import { flowVerb, indicatorBefore, isBareNoun, shorten, tidy, withoutLeadingVerb } from "./indicator";
import { carriedOnto, listHead, NO_LIST_HEAD, type ListHead } from "./list-carry";
import type { NumericDraft, PreviousTarget } from "./numeric";
import type { Quantity } from "./quantities";
import { asShare } from "./shares";
import type { Comparator } from "./types";
import { isPerPeriodAmount, PER_PERIOD, perPeriodUnit } from "./units";
import { isChangeOnYearBefore, withoutYearBefore } from "./year-before";

export interface NamedBeforeNumber {
  clause: string;
  q: Quantity;
  /** The figure as it is kept (signed), its comparator, and the words whose verb decided both. */
  quantity: Quantity;
  comparator: Comparator;
  verbPrefix: string;
  /** Where this target's words start, and where the previous target's ended. */
  segmentStart: number;
  previousEnd: number;
  /** The list the target may continue. */
  list: ListHead;
  /** The last target of the sentence, and the previous one's name in this clause ("" for none). */
  previous: PreviousTarget | null;
  previousIndicator: string;
  /** The previous target's unit when it was a count, for a verb alone after it ("…、新签约120个"). */
  previousCount: { unit: string | null } | null;
  /** The thing the previous target counted after its number, for a figure of it right after. */
  previousCounted: string | null;
  /** The target before it in the sentence, the clause before. */
  lastTarget: WholeTarget | null;
  /** The targets of the sentence so far, the wholes it may be a part of (…，其中…). */
  wholes: Whole[];
  before: ClauseBefore | null;
  firstInClause: boolean;
}

export interface NamedTarget {
  draft: NumericDraft;
  /** Its name in full, before it is read as a share. */
  indicator: string;
  /** A count of things (not a growth or a percent), whose name a verb alone after it borrows. */
  isCount: boolean;
  /** The list the next target may continue. */
  list: ListHead;
}

export function namedBeforeNumber(at: NamedBeforeNumber): NamedTarget {
  const { clause, q, comparator, verbPrefix, segmentStart, previousEnd, list, previous, previousIndicator, before } = at;
  let quantity = at.quantity;
  // "提高到每月800元", "新增生化处理能力日均1200吨": an amount per period, 800 元/月 of what is
  // named before the period and its verb.
  const perAmount = isPerPeriodAmount(quantity);
  const written = clause.slice(segmentStart, q.numberStart);
  const per = perAmount ? PER_PERIOD.exec(written) : null;
  const prefix = per && tidy(written.slice(0, per.index)) ? written.slice(0, per.index) : written;
  if (prefix !== written && per && quantity.unit) quantity = { ...quantity, unit: perPeriodUnit(quantity.unit, per[1]) };
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
  if (verb && indicator === verb && previousIndicator && at.previousCount && at.previousCount.unit === q.unit) {
    // "谋划亿元以上产业项目200个、新签约120个": a verb alone counts the thing named before.
    indicator = verb + withoutLeadingVerb(previousIndicator);
  } else if (!verb && list.verb && continuesList) {
    // Not "新增…、粮食产量达到50亿斤": a level or a total keeps its own name.
    indicator = carriedOnto(list, indicator);
  }
  // "地区生产总值达到5000亿元，比上年增长7%": a change on the year before that names no subject
  // is that of the target just before it, in this sentence.
  if (indicator.length === 0 && previous && isChangeOnYearBefore(prefix)) indicator = previous.indicator;
  // "…，其中3个年底前建成投用": a part with no name of its own says what is done to it.
  const own = indicator || predicateAfter(clause.slice(q.end));
  if (indicator.length === 0) indicator = previousIndicator;
  if (indicator.length === 0) indicator = clause.trim();
  let start = segmentStart;
  const part = asPart(clause, q.numberStart, q.unit, own, at.wholes);
  if (at.previousCounted && indicator !== previousIndicator && !/[，,、；;：:。]/.test(clause.slice(previousEnd, q.numberStart))) {
    // "480 个重点项目完成投资 400 亿元以上": the investment is those projects', not the city's.
    indicator = at.previousCounted + indicator;
  } else if (part) {
    // "新增城镇就业2万人，其中高校毕业生不少于8000人": a part of the target before ("实施500个重点项目，
    // 其中完成投资100亿元" too: 其中 says part, whichever side of its number the whole is named).
    indicator = part.indicator;
    start = part.start ?? start;
  } else if (at.firstInClause && before?.counted && SUBJECTLESS_MEASURE.test(indicator)) {
    // "实施388个10亿元以上重大项目，年度完成投资2600亿元": across the comma only when the name says
    // no whose; the quote starts with the count, so it shows the subject the name took.
    indicator = before.counted.noun + indicator;
    start = before.counted.start;
  }
  // "处理能力日均达到1200吨": the period before the verb ends the name.
  const perBefore = perAmount && prefix === written ? PER_PERIOD.exec(indicator) : null;
  if (perBefore && quantity.unit && indicator.length > perBefore[0].length) {
    indicator = indicator.slice(0, -perBefore[0].length);
    quantity = { ...quantity, unit: perPeriodUnit(quantity.unit, perBefore[1]) };
  }
  return {
    draft: { start, end: q.end, indicator: shorten(asShare(indicator, q, verbPrefix)), quantity, comparator },
    indicator,
    isCount,
    list: verb ? listHead(verb, indicator.slice(verb.length)) : continuesList ? list : NO_LIST_HEAD,
  };
}
