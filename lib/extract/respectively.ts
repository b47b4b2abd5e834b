// 分别: subjects written before it, numbers after, paired in order.
//   "牛、羊饲养量分别达到50万头、170万只"             → 牛饲养量 50万头, 羊饲养量 170万只
//   "粮食、油料产量分别比上年增加10亿斤、5亿斤"       → 粮食产量增加, 油料产量增加
//   "分别新建幼儿园、中小学10所、20所"               → 新建幼儿园 10所, 新建中小学 20所
//   "城乡居民人均可支配收入分别增长6%、8%"           → 城镇居民…, 农村居民… (shared-heads.ts)

import { comparatorFor, signed } from "./comparators";
import { completeSubjects, isPlainList, splitSubjects } from "./enumerations";
import { countsThings, flowVerb, indicatorBefore, isBareNoun, MAX_INDICATOR_SPAN, shorten } from "./indicator";
import { carriedOnto, listHead, NO_LIST_HEAD, type ListHead } from "./list-carry";
import type { NumericDraft } from "./numeric";
import type { Quantity } from "./quantities";
import { asShare } from "./shares";
import { splitCompound } from "./shared-heads";
import { skipJoiners } from "./text-utils";
import { isPerPeriodAmount, PER_PERIOD, perPeriodUnit } from "./units";
import { differenceFromYearBefore } from "./year-before";

export interface Respectively {
  /** The words before the first listed number: its verb governs them all ("分别增长9.4%、9.1%"). */
  prefix: string;
  /** A later number of a plain list after 分别, which follows the verb written before the first ("分别下降5%、6%"). */
  followsFirst(q: Quantity): boolean;
  /** The subject a number is paired with, or null (not listed after 分别, or the counts differ). */
  subjectOf(q: Quantity): string | null;
  /** The target of a paired number. */
  draftOf(q: Quantity): NumericDraft;
  /**
   * A listed amount per the period written before the first number or ending the things listed
   * ("分别提高到每月800元、600元", "低保标准每月分别…": 600 元/月 too).
   */
  perPeriod(q: Quantity, quantity: Quantity): Quantity;
}

/**
 * "分别新建幼儿园、中小学10所、20所": the things listed after 分别, named as before a number and
 * lending each other what a list without 分别 lends (list-carry.ts): the verb the first opened
 * with goes to a bare item (新建幼儿园, 新建中小学), not to one with a verb of its own
 * ("分别新建幼儿园、改扩建中小学…" → 改扩建中小学). Null when they do not pair with the numbers.
 */
function listedAfter(clause: string, at: number, listed: Quantity[]): string[] | null {
  const written = splitSubjects(clause, at + "分别".length, listed[0].numberStart);
  if (written.length !== listed.length) return null;
  let list: ListHead = NO_LIST_HEAD;
  return written.map((s, i) => {
    const name = indicatorBefore(s.text, listed[i].unit);
    if (i > 0 && list.verb && countsThings(listed[i].unit) && isBareNoun(s.text)) return carriedOnto(list, name);
    const verb = flowVerb(s.text);
    list = verb && name.startsWith(verb) ? listHead(verb, name.slice(verb.length)) : NO_LIST_HEAD;
    return name;
  });
}

export function respectively(clause: string, targets: Quantity[], segmentStart: number): Respectively {
  const at = clause.indexOf("分别");
  const listed = at >= 0 ? targets.filter((q) => q.numberStart > at) : [];
  let subjects: string[] | null = null;
  // From the first subject: the quote names every subject the figures pair with
  // ("牛、羊饲养量分别达到50万头、170万只"), not "羊饲养量…" with 牛's figure and no 牛; from 分别
  // when the things follow it, which says they pair.
  let start = at;
  const plainList = listed.length >= 2 && isPlainList(clause, listed);
  const prefix = listed.length > 0 ? clause.slice(Math.max(0, listed[0].numberStart - MAX_INDICATOR_SPAN), listed[0].numberStart) : "";
  let period = PER_PERIOD.exec(prefix)?.[1] ?? null;
  if (plainList) {
    const before = targets.filter((q) => q.numberStart < at);
    const from = before.length > 0 ? skipJoiners(clause, before[before.length - 1].end) : segmentStart;
    // "低保标准每月分别提高到800元、600元": the period is the amounts', no thing's name (nor a
    // count's: "幼儿园、中小学每年分别新建10所、20所" was «新建中小学每年»).
    const ending = PER_PERIOD.exec(clause.slice(from, at));
    const end = ending ? from + ending.index : at;
    period ??= ending?.[1] ?? null;
    // "事故起数和死亡人数分别下降5%、6%": subjects may be joined by 和 rather than 、.
    let written = splitSubjects(clause, from, end);
    if (written.length !== listed.length) written = splitSubjects(clause, from, end, true);
    // "城乡居民人均可支配收入分别增长6%、8%": a compound of two, one subject each (shared-heads.ts).
    const parts = written.length === 1 ? splitCompound(written[0].text, listed.length) : null;
    if (parts) written = parts.map((text) => ({ text, start: written[0].start }));
    if (written.length === listed.length) {
      // "幼儿园、中小学分别新建10所、20所": a verb after 分别 is each one's, kept as before a count
      // (not before a rate: "工业、农业增加值分别提升5%、6%").
      const verb = flowVerb(clause.slice(at + "分别".length, listed[0].numberStart));
      const named = (s: string, q: Quantity) => (verb && countsThings(q.unit) ? indicatorBefore(verb + s, q.unit) : s);
      subjects = completeSubjects(written).map((s, i) => named(s, listed[i]));
      start = written[0].start;
    } else {
      subjects = listedAfter(clause, at, listed);
    }
  }
  const index = new Map(listed.map((q, i) => [q, i] as const));
  const perPeriod = (q: Quantity, quantity: Quantity): Quantity => {
    // A plain list has nothing but joiners between its figures, so no later one names a period of its own.
    if (period === null || !isPerPeriodAmount(q) || quantity.unit === null) return quantity;
    return { ...quantity, unit: perPeriodUnit(quantity.unit, period) };
  };
  const subjectOf = (q: Quantity) => (subjects ? (subjects[index.get(q) ?? -1] ?? null) : null);
  return {
    prefix,
    followsFirst: (q) => plainList && (index.get(q) ?? 0) > 0,
    subjectOf,
    perPeriod,
    draftOf(q) {
      const subject = subjectOf(q) ?? "";
      // "粮食、油料产量分别比上年增加10亿斤、5亿斤": each the change of its subject.
      const change = differenceFromYearBefore(q, prefix, false);
      return {
        start,
        end: q.end,
        indicator: shorten(change ? subject + change.verb : asShare(subject, q, prefix)),
        quantity: perPeriod(q, signed(q, prefix)),
        comparator: comparatorFor(q, prefix),
        ...(change ? { differenceOf: subject } : {}),
      };
    },
  };
}
