// What the items of a list lend each other:
//   "新增各类市场主体10万户、规模以上工业企业260家"       → 新增规模以上工业企业 (the first item's verb)
//   "创建市级以上示范家庭农场25家、农民合作社示范社20家" → 创建市级以上农民合作社示范社 (and level)
//   "3个国家级、5个省级区域医疗中心"                     → 国家级区域医疗中心 (a noun to a level alone)
//   "“一村一品”省级示范村…、全国示范村…"                 → “一村一品”全国示范村 (a qualifier)

import { flowVerb, RECOGNITION_VERBS, shorten } from "./indicator";

/** The verb a list opened with (a flow, work or gaining verb, see indicator.ts), and the level it recognises at. */
export interface ListHead {
  verb: string;
  level: string;
}

export const NO_LIST_HEAD: ListHead = { verb: "", level: "" };

const RECOGNITION_VERB = new RegExp(`(?:${RECOGNITION_VERBS})$`);
/** A level a thing is recognised at, opening its name ("市级以上示范家庭农场"). */
const LEVEL_OPENING = /^(?:国家级|省级|市级|县级|区级)(?:以上)?/;
/** A level a thing is recognised at, written inside its name ("省级示范村", "全国示范村"): the item's own. */
const LEVEL_WORD = /(?:国家级|省级|市级|县级|区级|全国|全省|全市|国家)(?:以上)?/;

/**
 * The head of a list whose first item kept `verb` before `rest`. A level right after a verb of
 * recognition (创建, 认定, 争创, 培育 …) is the level of the recognition, which every item of
 * the list receives ("创建市级以上示范家庭农场…、农民合作社示范社…"). After a flow verb it is part
 * of the first item's name only: "新增省级以上“专精特新”中小企业…、高新技术企业…" counts
 * 高新技术企业, a title without levels.
 */
export function listHead(verb: string, rest: string): ListHead {
  if (!verb) return NO_LIST_HEAD;
  const level = RECOGNITION_VERB.test(verb) ? (LEVEL_OPENING.exec(rest)?.[0] ?? "") : "";
  return { verb, level };
}

/** The name of a bare item listed after the head: its verb, and its level where the item has none of its own. */
export function carriedOnto(head: ListHead, name: string): string {
  return head.verb + (head.level && !LEVEL_WORD.test(name) ? head.level : "") + name;
}

type Listed = { indicator: string; start: number };

const LEVEL_ONLY = /^(?:国家级|省级|市级|县级|区级)(?:以上)?$/;

/** A name without the verb carried onto it ("新培育市级" → "市级"). */
const withoutVerb = (indicator: string) => indicator.slice(flowVerb(indicator).length);

/** "3个国家级、5个省级区域医疗中心" / "新培育省级以上科技领军人才6-8名、市级10名": a level alone borrows its neighbour's noun. */
export function borrowHeadNouns<T extends Listed>(drafts: T[]): T[] {
  // A flow verb carried onto a level ("新培育市级") stays in front of what is borrowed.
  return drafts.map((d, i) => {
    if (!LEVEL_ONLY.test(withoutVerb(d.indicator))) return d;
    const neighbour = [drafts[i + 1], drafts[i - 1]].find((n) => n && LEVEL_OPENING.test(withoutVerb(n.indicator)) && !LEVEL_ONLY.test(withoutVerb(n.indicator)));
    if (!neighbour) return d;
    return { ...d, indicator: d.indicator + withoutVerb(neighbour.indicator).replace(LEVEL_OPENING, "") };
  });
}

/**
 * "“一村一品”省级示范村达到15个以上、全国示范村10个以上": an item listed after another that opens
 * with a level and names the same thing at another level (示范村 = 示范村) shares the qualifier
 * written before the first item's level (“一村一品”): «“一村一品”全国示范村», not «全国示范村».
 * Its quote starts where the qualifier does, so it shows the words the name took.
 */
export function borrowQualifiers<T extends Listed>(drafts: T[]): T[] {
  return drafts.map((d, i) => {
    const previous = drafts[i - 1];
    const own = withoutVerb(d.indicator);
    const level = LEVEL_WORD.exec(own);
    if (!previous || level?.index !== 0) return d;
    const before = withoutVerb(previous.indicator);
    const theirs = LEVEL_WORD.exec(before);
    if (!theirs || theirs.index === 0 || theirs[0] === level[0]) return d;
    if (before.slice(theirs.index + theirs[0].length) !== own.slice(level[0].length)) return d;
    const verb = d.indicator.slice(0, d.indicator.length - own.length);
    return { ...d, start: Math.min(d.start, previous.start), indicator: shorten(verb + before.slice(0, theirs.index) + own) };
  });
}
