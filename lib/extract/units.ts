// The measure words that follow a number in a report, and what kind of thing they count.

export type UnitKind =
  | "count" // 个, 家, 所 … : a number of things
  | "measure" // 亿元, 万亩, %, 公里 … : an amount
  | "duration" // 年, 天, 小时 … : a length of time, not a target in itself
  | "label"; // 届, 期, 号, 版 … : part of a name or an ordinal

/** Units of things counted (units-in-english.ts builds its measure words from them). */
export const COUNT_UNITS: readonly string[] = [
  "个", "家", "所", "条", "项", "场", "支", "名", "头", "只", "户", "套", "座", "处", "部", "张",
  "辆", "台", "件", "次", "株", "棵", "人次", "人", "位", "栋", "间", "篇", "册", "宗", "列",
  "趟", "艘", "架", "块", "片", "段", "根", "组", "对", "款", "种", "例", "所次", "床", "标箱",
  "批次", "本",
];
/**
 * Energy as standard coal ("5万吨标准煤", "0.35千克标准煤"): one unit, not 吨 of a thing counted
 * after the number, which took the name from the subject («标准煤» for 节约能源).
 */
const STANDARD_COAL = ["吨标准煤", "吨标煤", "千克标准煤", "公斤标准煤"];
/** Units of amounts (units-in-english.ts takes those written in Latin letters from them). */
export const MEASURE_UNITS: readonly string[] = [
  ...STANDARD_COAL,
  "个百分点", "百分点", "%", "％", "‰", "倍", "亩", "公顷", "斤", "公斤", "千克", "吨", "元", "美元",
  "公里", "千米", "米", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "瓦", "微克/立方米",
  "微克", "毫克", "岁", "GW", "MW", "kW", "TEU", "PB", "EB", "P",
];
const DURATION_UNITS = ["个工作日", "工作日", "个月", "年", "月", "日", "天", "周", "小时", "分钟", "秒"];
const LABEL_UNITS = [
  "周年", "届", "期", "号", "版", "代", "级", "星", "轮", "强", "大", "型", "后", "路", "批", "线",
  "类", "方面",
];

/** Every unit a figure's unit may end in (a label is no figure's unit): units-in-english.ts knows them all. */
export const FIGURE_UNITS: readonly string[] = [...COUNT_UNITS, ...MEASURE_UNITS, ...DURATION_UNITS];

interface UnitEntry {
  text: string;
  kind: UnitKind;
}

const ENTRIES: UnitEntry[] = [
  ...COUNT_UNITS.map((text) => ({ text, kind: "count" as const })),
  ...MEASURE_UNITS.map((text) => ({ text, kind: "measure" as const })),
  ...DURATION_UNITS.map((text) => ({ text, kind: "duration" as const })),
  ...LABEL_UNITS.map((text) => ({ text, kind: "label" as const })),
  // Longest first so that "个百分点" wins over "个", "人次" over "人".
].sort((a, b) => b.text.length - a.text.length);

/** Magnitudes written before a unit ("万亩", "亿元", "千万千瓦"), longest first; one list for every reader. */
export const MAGNITUDES = ["万亿", "千万", "百万", "亿", "万", "千"];
/** The magnitudes that stand alone as a figure's unit ("20.5万", "300亿"): "千" alone is none. */
export const BARE_MAGNITUDES = ["万亿", "亿", "万"];

/**
 * Units of rates and shares, one list for the extractor and the status light
 * (lib/progress/status-thresholds.ts, which says what it reads them for). The full-width and
 * per-mille forms are here because reports and admins write them.
 */
export const RATE_UNITS = ["%", "％", "‰", "个百分点", "百分点"] as const;
/** A multiple ("增长1倍"): a rate of change, as a percent is, but no share. */
const MULTIPLE = "倍";

/** Whether a unit is one of RATE_UNITS: a rate or a share (%, ‰, 个百分点), not 倍. */
export function isRateUnit(unit: string | null | undefined): boolean {
  return (RATE_UNITS as readonly string[]).includes(unit ?? "");
}

/** Whether a figure's unit is that of a rate (%, ‰, 个百分点) or a multiple (倍), not an amount of its own. */
export const isRateOfChangeUnit = (unit: string | null) => isRateUnit(unit) || unit === MULTIPLE;

export interface UnitMatch {
  unit: string;
  kind: UnitKind;
  length: number;
}

/** Reads the unit written at `pos` ("万亩", "亿元", "个百分点", "万"), or null. */
export function matchUnit(s: string, pos: number): UnitMatch | null {
  const base = matchBase(s, pos);
  if (base) return base;
  for (const m of MAGNITUDES) {
    if (!s.startsWith(m, pos)) continue;
    const after = matchBase(s, pos + m.length);
    if (after && after.kind !== "label") {
      // "万人次", "亿元"; a multiplier turns a duration into nonsense, keep its kind anyway.
      return { unit: m + after.unit, kind: after.kind, length: m.length + after.length };
    }
    // "20.5万", "300亿" (a bare multiplier is an amount), but "千" alone is not a unit.
    if (BARE_MAGNITUDES.includes(m)) return { unit: m, kind: "measure", length: m.length };
  }
  return null;
}

/**
 * Nouns that open with a measure word: written after a number, the whole word is what is counted,
 * not a measure word and the rest ("2900万家庭" is 2900 万 of 家庭, not 2900 万家 of 庭; "14亿人口",
 * "10万人才", "100亿项目").
 */
const NOUNS_OPENING_WITH_A_UNIT = ["家庭", "家属", "人口", "人才", "人员", "人群", "人民", "项目", "户籍"];

/** Whether a unit read by matchUnit opens with a magnitude ("万人", "万"; not "千瓦", a unit of its own). */
export function hasMagnitude(unit: string): boolean {
  return matchBase(unit, 0)?.unit !== unit;
}

function matchBase(s: string, pos: number): UnitMatch | null {
  const noun = NOUNS_OPENING_WITH_A_UNIT.find((n) => s.startsWith(n, pos));
  for (const e of ENTRIES) {
    if (!s.startsWith(e.text, pos)) continue;
    if (noun && e.text.length < noun.length) continue;
    // Latin units must not run on into a longer Latin word ("5G", "P3" are names).
    if (/^[A-Za-z]/.test(e.text) && /[A-Za-z0-9]/.test(s.charAt(pos + e.text.length))) continue;
    return { unit: e.text, kind: e.kind, length: e.text.length };
  }
  return null;
}

/**
 * A period an amount is per, written right before its number or ending its name ("日均1200吨",
 * "提高到每月800元", "处理能力日均达到…"): the period goes into the unit (吨/日, 元/月), not the name,
 * and the verb before it still decides the comparator.
 */
export const PER_PERIOD = /(日均|每日|每天|月均|每月|年均|每年)\s*$/;

/** An amount that may be per a PER_PERIOD period: a measure of its own, not a count nor a rate (日均1200吨, not 每年2次 nor 每年增长5%). */
export const isPerPeriodAmount = (q: { unitKind: UnitKind | null; unit: string | null }) =>
  q.unitKind === "measure" && q.unit !== null && !isRateOfChangeUnit(q.unit);

/** The unit of an amount per the period of a PER_PERIOD word ("吨" per "日均" → "吨/日"). */
export function perPeriodUnit(unit: string, word: string): string {
  return `${unit}/${word.includes("月") ? "月" : word.includes("年") ? "年" : "日"}`;
}
