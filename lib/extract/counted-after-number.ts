// A target whose thing counted is written after its number:
//   "实施388个10亿元以上重大项目"          → 10亿元以上重大项目
//   "在…区域新建50个养老服务中心"          → 新建养老服务中心 (a kept verb before the number)
//   "21个项目竣工投产"                     → 项目竣工投产 (what is done to it, after)
//   "其他三级公立医院50%的门诊预约号源…"   → 其他三级公立医院门诊预约号源… (a share's whole)

import { asPart, BARE_PROJECTS, reachedBy, type ClauseBefore, type Whole, type WholeTarget } from "./borrowed-subjects";
import { findTimePhrases } from "./deadline";
import { builtObject, flowVerb, keptVerb, removeTimePhrases, shareScope, shorten, tidy } from "./indicator";
import { carriedOnto, listHead, NO_LIST_HEAD, type ListHead } from "./list-carry";
import type { NumericDraft } from "./numeric";
import type { Quantity } from "./quantities";
import { isShareBeforeNoun } from "./shares";
import { nounFollows } from "./text-utils";
import type { Comparator } from "./types";

export interface CountedAfterNumber {
  clause: string;
  quoted: (pos: number) => boolean;
  /** The clause's targets; this one is targets[index]. */
  targets: Quantity[];
  index: number;
  /** The figure as it is kept (signed) and its comparator. */
  quantity: Quantity;
  comparator: Comparator;
  /** The thing counted ("10亿元以上重大项目") and where it ends in the clause. */
  noun: string;
  nounEnd: number;
  /** Where this target's words start, and where the previous target's ended. */
  segmentStart: number;
  previousEnd: number;
  /** The list the target may continue, the target before it in the sentence, the clause before. */
  list: ListHead;
  lastTarget: WholeTarget | null;
  /** The targets of the sentence so far, the wholes it may be a part of (…，其中…). */
  wholes: Whole[];
  before: ClauseBefore | null;
  firstInClause: boolean;
}

export interface CountedTarget {
  draft: NumericDraft;
  /** Its name in full, for a figure after it that has none. */
  indicator: string;
  /** Where its words end: the thing counted, or the clause's end when a predicate follows. */
  end: number;
  /** The list the next target may continue. */
  list: ListHead;
}

export function countedAfterNumber(at: CountedAfterNumber): CountedTarget {
  const { clause, quoted, targets, index, noun, nounEnd, segmentStart, list, before } = at;
  const q = targets[index];
  // A short predicate left in the clause ("8月交付使用", "竣工投产") belongs in the quote.
  const rest = clause.slice(nounEnd);
  const hasMoreTargets = index + 1 < targets.length;
  const predicateFollows = !hasMoreTargets && rest.trim().length <= 10 && !rest.includes("、");
  const end = predicateFollows ? clause.trimEnd().length : nounEnd;
  // "新培育3000家科技型中小企业", "打通15条断头路": a flow or problem verb before the number
  // stays with the thing counted;
  // "21个项目竣工投产", "500个老旧小区综合整治": so does what is done to it (two 老旧小区
  // of one report would otherwise name different targets).
  const shared = predicateFollows ? null : predicateShared(clause, nounEnd, targets[index + 1], index + 2 === targets.length, quoted);
  const predicate = predicateFollows ? predicateAfter(rest) : (shared?.predicate ?? "");
  // The quote holds what is done to the thing counted, as the name does: "完成50个地铁站和40个
  // …周边非机动车停放治理", not "完成50个地铁站".
  const quoteEnd = shared ? shared.end : end;
  // "新建2000张家庭养老床位、200个农村邻里互助养老服务点": a number listed right after the
  // 、 takes the flow verb the list opened with, as a noun listed with its number does.
  const prefix = clause.slice(segmentStart, q.numberStart);
  const carries = prefix.trim() === "" && list.verb !== "" && /、/.test(clause.slice(at.previousEnd, segmentStart));
  // "加快建设试点集镇，实施449个建设项目": projects of what the clause before builds, quoted with it.
  const built = at.firstInClause && BARE_PROJECTS.test(noun) && before && !before.hadTargets ? builtObject(before.text) : "";
  const thing = built ? `${built}建设项目` : noun;
  // "其他三级公立医院50%的门诊预约号源": a percent before its noun is a share of what the words
  // before it name, which stay with the thing counted as a kept verb does.
  const lead = (isShareBeforeNoun(clause, q) && shareScope(prefix)) || keptVerb(prefix);
  const name = (lead ? lead + thing : carries ? carriedOnto(list, thing) : thing) + predicate;
  // "…，其中5所幼儿园", "…，覆盖二级以上医疗机构97%的门诊量": a name taken from the target before.
  const borrowed = asPart(clause, q.numberStart, q.unit, name, at.wholes) ?? reachedBy(lead, name, at.lastTarget);
  const indicator = borrowed?.indicator ?? name;
  const start = borrowed?.start ?? (built && before ? before.start : segmentStart);
  const opening = flowVerb(prefix);
  return {
    draft: { start, end: quoteEnd, indicator: shorten(indicator), quantity: at.quantity, comparator: at.comparator, ...(end === nounEnd ? { counted: noun } : {}) },
    indicator,
    end,
    list: opening ? listHead(opening, noun) : carries ? list : NO_LIST_HEAD,
  };
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

/** Where the noun phrase after a number ends ("388个|10亿元以上重大项目|" …). */
const NOUN_STOP =
  /完成|建成|竣工|投产|开工|交付|投用|投入|达到|实现|标准化|综合整治|周边|创建|安排|覆盖|纳入|统一规范|提前|[和及与]\s*\d/g;

export function nounAfterEnd(clause: string, from: number, quoted: (pos: number) => boolean): number {
  const rest = clause.slice(from, from + 40);
  let end = rest.length;
  const time = findTimePhrases(rest)[0];
  if (time) end = Math.min(end, time.start);
  NOUN_STOP.lastIndex = 0;
  for (let m = NOUN_STOP.exec(rest); m; m = NOUN_STOP.exec(rest)) {
    if (quoted(from + m.index)) continue;
    end = Math.min(end, m.index);
    break;
  }
  for (let i = 0; i < end; i++) {
    if (/[、，,；;。！？]/.test(rest[i]) && !quoted(from + i)) {
      end = i;
      break;
    }
  }
  return from + end;
}

/**
 * A threshold's set phrase after a figure ("突破1000亿元大关", "跨越5000亿元关口", "迈上2000亿元台阶"):
 * what passes it is named before the number, not counted after it.
 */
const THRESHOLD_PHRASE = /^(?:大关|关口|台阶)$/;

/** Indicator from the noun written after the number ("10亿元以上重大项目"), or "" for a threshold's set phrase. */
export function indicatorAfter(noun: string): string {
  let s = tidy(noun.replace(/^\s*的/, ""));
  if (THRESHOLD_PHRASE.test(s)) return "";
  // "300亿规模基金群" names the size of a fund group.
  if (s.startsWith("规模")) s = `${s.slice(2)}规模`;
  return s;
}

/** What a clause says is done to the thing counted after it ("竣工投产"), its time phrases left out. */
export function predicateAfter(rest: string): string {
  return tidy(removeTimePhrases(rest).replace(/[。；;，,！？]+$/, ""));
}
