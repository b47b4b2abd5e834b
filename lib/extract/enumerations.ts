// One clause, several targets:
//   "牛、羊饲养量分别达到50万头、170万只"                  → 牛饲养量 50万头, 羊饲养量 170万只
//   "“达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%" → three indicators
//   "地区生产总值、人均GDP、全员劳动生产率增长7%"          → three indicators, one number

import { AS_MUCH_AS } from "./comparators";
import type { Quantity } from "./quantities";
import { splitCompound, withSharedHead } from "./shared-heads";

export interface Subject {
  text: string;
  start: number; // relative to the clause
}

const METRIC_SUFFIX =
  /(?:覆盖率|普及率|达标率|利用率|完成率|满意率|比重|比例|占比|增加值|总额|总量|总值|规模|收入|面积|产量|人数|饲养量|存栏量|出栏量|数量|增速|涨幅)$/;
const LEADING_WORDS = /^(?:确保|力争|争取|实现|推动|全年|今年|其中)+/;

/**
 * Splits "A、B、C" (or “A”“B”“C”) written at [from, to) of the clause into subjects; with
 * `conjunctions`, also "A和B" / "A及B" / "A与B".
 */
export function splitSubjects(clause: string, from: number, to: number, conjunctions = false): Subject[] {
  const text = clause.slice(from, to);
  const lead = text.length - text.replace(LEADING_WORDS, "").length;
  const subjects: Subject[] = [];
  const re = conjunctions ? /“[^”]*”(?=“)|[^、和及与]+/g : /“[^”]*”(?=“)|[^、]+/g;
  const body = text.slice(lead);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    subjects.push({ text: trimmed, start: from + lead + m.index + (raw.length - raw.trimStart().length) });
  }
  return subjects;
}

/**
 * Gives every subject the head noun written only after the last one ("城镇、农村居民人均可支配收入":
 * shared-heads.ts), else the metric named on the last one ("牛" → "牛饲养量").
 */
export function completeSubjects(subjects: Subject[]): string[] {
  const shared = withSharedHead(subjects.map((s) => s.text));
  if (shared) return shared;
  const last = subjects[subjects.length - 1]?.text ?? "";
  const metric = METRIC_SUFFIX.exec(last)?.[0] ?? "";
  return subjects.map((s, i) => {
    // "事故起数" already names its metric, as does anything ending in 数/率/量/额.
    if (i === subjects.length - 1 || metric === "" || METRIC_SUFFIX.test(s.text) || /[数率量额]$/.test(s.text)) return s.text;
    return s.text + metric;
  });
}

/** The numbers after "分别" must form a plain list: "50万头、170万只". */
export function isPlainList(clause: string, quantities: Quantity[]): boolean {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const gap = clause.slice(quantities[i].end, quantities[i + 1].numberStart);
    if (!/^\s*[、和及与]\s*$/.test(gap)) return false;
  }
  return true;
}

/** The verb a list's subjects share, after 均 / 都 ("each") when written, not 人均 / 年均: group 1. */
const SHARED_VERB = new RegExp(`(?:(?<![人年日月户平])(均|都))?\\s*(?:增长|提高|提升|下降|降低|达到|${AS_MUCH_AS}|达|超过|(?<!赶)超|保持在|保持|稳定在)\\s*$`);

/**
 * "地区生产总值、人均GDP、全员劳动生产率增长7%": a list of indicators sharing one number.
 * Not "A、B等21个项目" (examples of one target) and not lists of actions. After 均 / 都, which say
 * the number is each one's, the subjects may be joined by 和 too, and a compound of two is split
 * ("城乡居民人均可支配收入均增长7%": shared-heads.ts).
 */
export function sharedSubjects(clause: string, segmentStart: number, numberStart: number): Subject[] | null {
  const segment = clause.slice(segmentStart, numberStart);
  const verb = SHARED_VERB.exec(segment);
  if (!verb || /等|分别/.test(segment)) return null;
  const each = verb[1] !== undefined;
  if (!each && (!segment.includes("、") || /和|及/.test(segment))) return null;
  const subjects = splitSubjects(clause, segmentStart, segmentStart + verb.index, each);
  if (subjects.some((s) => s.text.length > 14)) return null;
  if (subjects.length === 1 && each) {
    const parts = splitCompound(subjects[0].text, 2);
    return parts && parts.map((text) => ({ text, start: subjects[0].start }));
  }
  return subjects.length < 2 ? null : subjects;
}
