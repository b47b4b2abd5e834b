// Finds the quantities written in a piece of text: "2600亿元", "5 - 8 个", "3—4家",
// "8 个百分点以上", "1.3万亿斤", "两个". Deciding whether a quantity is a commitment is
// left to not-quantities.ts; this file only reads what is written.

import { parseArabic, parseChineseNumeral } from "./numbers";
import { hasMagnitude, MAGNITUDES, matchUnit, type UnitKind, type UnitMatch } from "./units";

export interface Quantity {
  /** Offsets into the scanned string: the number itself, and number+unit+qualifier. */
  numberStart: number;
  numberEnd: number;
  end: number;
  value: number;
  min: number | null;
  max: number | null;
  unit: string | null;
  unitKind: UnitKind | null;
  /**
   * 以上 / 以下 / 以内 / 左右 / 内 … written right after the unit, or 余 / 多 between the number and
   * its unit ("2000余家", "100多个", "1.5万多名"): more than the number, a floor as 以上 is.
   */
  qualifier: string | null;
  /** Letters glued to the number ("5G", "P3", "PM2.5"): a name, not a quantity. */
  glued: boolean;
  chinese: boolean;
  /**
   * A Chinese numeral before its noun in a unit other than a count word ("两千亩高标准农田", "一万两千户
   * 老旧小区"): a figure only right after a verb of building or adding (not-quantities.ts).
   */
  beforeNoun?: true;
}

const ARABIC = /\d+(?:\.\d+)?/g;
const RANGE_SEPARATOR = /^\s*(?:[-—–~～－〜]{1,2}|至|到)\s*(\d+(?:\.\d+)?)/;
const QUALIFIER = /^\s*(以上|以下|以内|之内|左右|上下|内)/;
/**
 * 余 / 多 between a number and its unit, after its magnitude if it has one: "2000余家", "100多个",
 * "20多万人", "1.5万多名", "80余万" (the magnitude stays with the unit, as in "1.5万名").
 */
const MORE_THAN = new RegExp(`^(${MAGNITUDES.join("|")})?([余多])`);
/** How a number in Chinese numerals starts ("三", "二十") and goes on ("一千", "一百零三"). */
const CN_FIRST = "两一二三四五六七八九十";
const CN_NEXT = "零〇一二两三四五六七八九十百千";
/**
 * A number in Chinese numerals: "三", "二十", "一千", "一万两千", "一万零五百". 万 and 亿 are inside
 * the number only with more numerals after them; else they stay with the unit, as after Arabic
 * digits ("两万人" is 2 万人, like "2万人"; "一万两千户" is 12000 户, as written). Or a magnitude
 * alone before 余 ("千余家", "百余名", "万余人": one of it, and more).
 */
const CHINESE_NUMBER = new RegExp(
  `[${CN_FIRST}][${CN_NEXT}]*(?:[万亿][${CN_NEXT}]+)*|[百千万亿](?<![0-9.${CN_NEXT}万亿].)(?=余)`,
  "g",
);
/**
 * Written before a numeral, these make it the tail of a larger number ("一万二千人" would read as
 * 2000 人): such a tail is not read on its own. (The digits themselves cannot come before a
 * match, which takes them all; 到 and 至 can: "增加至三所".)
 */
const NUMERAL_BEFORE = "零〇百千万亿";
/** Measure words a Chinese count is read before anywhere (两个, 三所): they count things. */
const CHINESE_COUNT_WORD = /^[个所家座条支名处台]/;
/**
 * Where a quantity ends its part of the sentence ("新建学校五所。", "新增就业两万人，"): a
 * Chinese numeral with any other unit is read after its noun there, or before its noun right
 * after a verb (`beforeNoun`) — not inside a phrase such as "一人一策", "一张网".
 */
const PART_END = /^\s*(?:[，,；;。、！!）)]|$)/;
/** "两到三个", "三至五家", "五—十个": a range written in Chinese numerals. */
const CHINESE_RANGE = new RegExp(
  `([${CN_FIRST}][${CN_NEXT}]{0,4})\\s*(?:到|至|[-—–~～－])\\s*([${CN_FIRST}][${CN_NEXT}]{0,4})(?=[个所家座条支名处台项])`,
  "g",
);

interface UnitRead {
  unit: Pick<UnitMatch, "unit" | "kind"> | null;
  end: number;
  qualifier: string | null;
  /** Where the measure word itself starts: after 余 / 多 ("两千余|家"). */
  unitStart: number;
}

/** The unit written at `pos` after 余 / 多 (MORE_THAN), its magnitude before them included. */
function unitAfterMoreThan(s: string, pos: number): UnitRead | null {
  const more = MORE_THAN.exec(s.slice(pos, pos + 3));
  if (!more) return null;
  const unitStart = pos + more[0].length;
  const base = matchUnit(s, unitStart);
  // "1.5万多名": the magnitude is the unit's; one after 余 ("80余万", "20多万人") is already in it
  // (but 千瓦 is a unit of its own: "2万余千瓦").
  if (!base || base.kind === "label" || (more[1] && hasMagnitude(base.unit))) return null;
  return { unit: { unit: (more[1] ?? "") + base.unit, kind: base.kind }, end: unitStart + base.length, qualifier: more[2], unitStart };
}

/** The unit at `pos` and the qualifier after it. */
function readUnitAndQualifier(s: string, pos: number): UnitRead {
  const spaces = s.slice(pos).length - s.slice(pos).trimStart().length;
  const more = unitAfterMoreThan(s, pos + spaces);
  if (more) return more;
  const unit = matchUnit(s, pos + spaces);
  let end = unit ? pos + spaces + unit.length : pos;
  let qualifier: string | null = null;
  if (unit) {
    const q = QUALIFIER.exec(s.slice(end));
    if (q) {
      qualifier = q[1];
      end += q[0].length;
    }
  }
  return { unit, end, qualifier, unitStart: pos + spaces };
}

export function findQuantities(s: string): Quantity[] {
  const out: Quantity[] = [];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(s); m; m = ARABIC.exec(s)) {
    const numberStart = m.index;
    let numberEnd = m.index + m[0].length;
    let value = parseArabic(m[0]);
    let min: number | null = null;
    let max: number | null = null;

    // "5%—8%" carries the unit on both ends; "5 - 8 个" only on the second.
    let first = readUnitAndQualifier(s, numberEnd);
    const range = RANGE_SEPARATOR.exec(s.slice(first.unit ? first.end : numberEnd));
    if (range && (!first.unit || first.unit.kind !== "label")) {
      const secondStart = (first.unit ? first.end : numberEnd) + range[0].length - range[1].length;
      const second = readUnitAndQualifier(s, secondStart + range[1].length);
      const sameUnit = !first.unit || (second.unit && second.unit.unit === first.unit.unit);
      if (second.unit && sameUnit) {
        min = value;
        max = parseArabic(range[1]);
        value = max;
        numberEnd = secondStart + range[1].length;
        first = second;
        ARABIC.lastIndex = numberEnd;
      }
    }

    const before = s.charAt(numberStart - 1);
    const after = s.charAt(numberEnd);
    const glued =
      /[A-Za-z.]/.test(before) ||
      (!first.unit && /[A-Za-z]/.test(s.slice(numberEnd).trimStart().charAt(0)) && /[A-Za-z\s]/.test(after));
    out.push({
      numberStart,
      numberEnd,
      end: first.unit ? first.end : numberEnd,
      value,
      min,
      max,
      unit: first.unit?.unit ?? null,
      unitKind: first.unit?.kind ?? null,
      qualifier: first.qualifier,
      glued,
      chinese: false,
    });
  }

  const rangeSpans: { start: number; end: number }[] = [];
  CHINESE_RANGE.lastIndex = 0;
  for (let m = CHINESE_RANGE.exec(s); m; m = CHINESE_RANGE.exec(s)) {
    const min = parseChineseNumeral(m[1]);
    const max = parseChineseNumeral(m[2]);
    const numberEnd = m.index + m[0].length;
    const unit = matchUnit(s, numberEnd);
    if (min === null || max === null || min >= max || !unit || unit.kind !== "count") continue;
    const q = QUALIFIER.exec(s.slice(numberEnd + unit.length));
    rangeSpans.push({ start: m.index, end: numberEnd });
    out.push({
      numberStart: m.index,
      numberEnd,
      end: numberEnd + unit.length + (q ? q[0].length : 0),
      value: max,
      min,
      max,
      unit: unit.unit,
      unitKind: unit.kind,
      qualifier: q ? q[1] : null,
      glued: false,
      chinese: true,
    });
  }

  CHINESE_NUMBER.lastIndex = 0;
  for (let m = CHINESE_NUMBER.exec(s); m; m = CHINESE_NUMBER.exec(s)) {
    if (rangeSpans.some((r) => m.index >= r.start && m.index < r.end)) continue;
    if (m.index > 0 && NUMERAL_BEFORE.includes(s.charAt(m.index - 1))) continue;
    // "万余人": one 万 and more, the 万 read with the unit as after a digit ("1万余人").
    const magnitudeAlone = m[0] === "万" || m[0] === "亿";
    const value = magnitudeAlone ? 1 : parseChineseNumeral(m[0]);
    const numberEnd = magnitudeAlone ? m.index : m.index + m[0].length;
    const { unit, end, qualifier, unitStart } = readUnitAndQualifier(s, numberEnd);
    if (value === null || value === 0 || !unit || (unit.kind !== "count" && unit.kind !== "measure")) continue;
    const countWord = unit.kind === "count" && CHINESE_COUNT_WORD.test(s.slice(unitStart));
    const beforeNoun = !countWord && !PART_END.test(s.slice(end));
    // "一户一策", "一园两区": a numeral again right after the unit makes a phrase, not a figure;
    // "一张网", "一米菜园", "一万亩示范区": 一 alone before its noun is "a", not a count.
    if (beforeNoun && (CN_FIRST.includes(s.charAt(end)) || m[0] === "一")) continue;
    out.push({
      numberStart: m.index,
      numberEnd,
      end,
      value,
      min: null,
      max: null,
      unit: unit.unit,
      unitKind: unit.kind,
      qualifier,
      glued: false,
      chinese: true,
      ...(beforeNoun ? { beforeNoun: true as const } : {}),
    });
  }
  return out.sort((a, b) => a.numberStart - b.numberStart);
}
