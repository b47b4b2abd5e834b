// Numeric commitments of one clause: which quantities are targets, and for each its
// indicator, quote span and comparator. Each target is read on one path: paired by 分别
// (respectively.ts), a difference from the year before (year-before.ts), the thing counted
// after its number (counted-after-number.ts), a list of subjects sharing one number
// (enumerations.ts), a stretch of the target before, or named before its number
// (named-before-number.ts). What the items of a list lend each other: list-carry.ts.

import type { ClauseBefore, Whole, WholeTarget } from "./borrowed-subjects";
import { comparatorFor, signed } from "./comparators";
import { countedAfterNumber, indicatorAfter, nounAfterEnd } from "./counted-after-number";
import { completeSubjects, sharedSubjects } from "./enumerations";
import { indicatorBefore, MAX_INDICATOR_SPAN, shorten } from "./indicator";
import { impliedUnit } from "./implicit-units";
import { borrowHeadNouns, borrowQualifiers, NO_LIST_HEAD, type ListHead } from "./list-carry";
import { COMPLETION_VERB } from "./milestones";
import { namedBeforeNumber } from "./named-before-number";
import { notAQuantityReason } from "./not-quantities";
import { findQuantities, type Quantity } from "./quantities";
import { respectively } from "./respectively";
import { asShare } from "./shares";
import type { Comparator } from "./types";
import { nounFollows, skipJoiners } from "./text-utils";
import { differenceFromYearBefore, isComparisonClause } from "./year-before";

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

function targetQuantities(clause: string, quoted: (pos: number) => boolean): Quantity[] {
  const quantities = findQuantities(clause);
  return quantities.filter((_, index) => notAQuantityReason({ clause, quantities, index, quoted }) === null);
}

/**
 * A figure introduced only by 力争 / 争取 (… 达到): a stretch of the target before it when in the
 * same unit ("增长6.5%左右、力争7%", "增长7%，力争8%"), else that target's subject at another
 * measure ("增长6%，力争达到1500亿元").
 */
const STRETCH_ONLY = /^(?:力争|争取|努力争取|努力|力求)(?:达到|达|实现|突破|超过)?$/;

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
  const pairs = respectively(clause, targets, segmentStart);

  // The target the next figure may be of: the last one of this clause, else of the clause before.
  const lastTarget = (): WholeTarget | null => drafts.at(-1) ?? (before?.hadTargets ? before.wholes.at(-1) : undefined) ?? null;
  // The targets of the sentence so far, the wholes a part (…，其中…) may be of.
  const wholes = (): Whole[] => [...(before?.wholes ?? []), ...drafts.map(asWhole)];
  targets.forEach((q, targetIndex) => {
    // An indicator is a few words; never let one clause's text be rescanned per number.
    segmentStart = Math.max(segmentStart, q.numberStart - MAX_INDICATOR_SPAN);
    const subject = pairs.subjectOf(q);
    if (subject !== null) {
      drafts.push(pairs.draftOf(q));
      previous = { indicator: subject, unit: q.unit };
      previousCounted = null;
      segmentStart = skipJoiners(clause, q.end);
      return;
    }

    // The later numbers of "分别下降5%、6%" follow the verb written before the first.
    const verbPrefix = pairs.followsFirst(q) ? pairs.prefix : clause.slice(segmentStart, q.numberStart);
    const comparator = comparatorFor(q, verbPrefix);
    // "分别提高到每月800元、600元": the later ones are per the month too.
    const quantity = pairs.followsFirst(q) ? pairs.perPeriod(q, signed(q, verbPrefix)) : signed(q, verbPrefix);
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
      // "实施388个10亿元以上重大项目": the thing counted follows the number.
      const counted = countedAfterNumber({ clause, quoted, targets, index: targetIndex, quantity, comparator, noun, nounEnd, segmentStart, previousEnd, list, lastTarget: lastTarget(), wholes: wholes(), before, firstInClause: drafts.length === 0 });
      drafts.push(counted.draft);
      previous = { indicator: counted.indicator, unit: q.unit };
      previousIndicator = noun;
      previousCounted = counted.end === nounEnd ? noun : null;
      previousCount = null;
      list = counted.list;
      previousEnd = counted.end;
      segmentStart = skipJoiners(clause, counted.end);
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
    const named = namedBeforeNumber({
      clause, q, quantity, comparator, verbPrefix, segmentStart, previousEnd, list, previous, previousIndicator, previousCount, previousCounted,
      lastTarget: lastTarget(), wholes: wholes(), before, firstInClause: drafts.length === 0,
    });
    drafts.push(named.draft);
    previous = { indicator: named.indicator, unit: q.unit };
    previousIndicator = named.indicator;
    previousCounted = null;
    previousCount = named.isCount ? { unit: q.unit } : null;
    list = named.list;
    previousEnd = q.end;
    segmentStart = skipJoiners(clause, q.end);
  });
  return borrowQualifiers(borrowHeadNouns(drafts)).map(withImpliedUnit);
}

/** A target as a whole a part after it may be of (borrowed-subjects.ts, asPart). */
export function asWhole(d: NumericDraft): Whole {
  return { indicator: d.indicator, start: d.start, end: d.end, unit: d.quantity.unit };
}

/** "转移就业人数不低于20.5万": 20.5 万人, as the name says; see implicit-units.ts. */
function withImpliedUnit(d: NumericDraft): NumericDraft {
  const unit = impliedUnit(d.indicator, d.quantity.unit);
  return unit === d.quantity.unit ? d : { ...d, quantity: { ...d.quantity, unit } };
}

function lastUnquotedIndex(s: string, ch: string, from: number, to: number, quoted: (pos: number) => boolean): number {
  for (let i = to - 1; i >= from; i--) if (s[i] === ch && !quoted(i)) return i;
  return -1;
}
