// What a list's first item lends the bare items listed after it:
//   "新增各类市场主体10万户、规模以上工业企业260家"       → 新增规模以上工业企业
//   "创建市级以上示范家庭农场25家、农民合作社示范社20家" → 创建市级以上农民合作社示范社

import { RECOGNITION_VERBS } from "./indicator";

/** The verb a list opened with (a flow, work or gaining verb, see indicator.ts), and the level it recognises at. */
export interface ListHead {
  verb: string;
  level: string;
}

export const NO_LIST_HEAD: ListHead = { verb: "", level: "" };

const RECOGNITION_VERB = new RegExp(`(?:${RECOGNITION_VERBS}|新培育|新创建)$`);
/** A level a thing is recognised at, opening its name ("市级以上示范家庭农场"). */
const LEVEL_OPENING = /^(?:国家级|省级|市级|县级|区级)(?:以上)?/;
/** A level written anywhere in a name ("农民合作社省级示范社", "全国示范村"): the item's own. */
const LEVEL_ANYWHERE = /国家级|省级|市级|县级|区级|全国|全省|全市|国家/;

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
  return head.verb + (head.level && !LEVEL_ANYWHERE.test(name) ? head.level : "") + name;
}
