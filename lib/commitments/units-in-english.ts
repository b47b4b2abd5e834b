// The units a work report writes ("个百分点", "亿元", "万亩", "吨/日"), in English, for every
// English page, sheet and file: "up 0.7 percentage points", "≥ 38.6 billion yuan", "20,000" (a
// measure word such as 个 or 场 has no English noun: the indicator says what is counted). A unit not
// known here is left as the report wrote it (the caller marks it Chinese); every unit the
// extractor reads is known (units-in-english.test.ts holds the two lists together).

import { COUNT_UNITS, MAGNITUDES, MEASURE_UNITS } from "@/lib/extract/units";

type Word = { one: string; other: string };
const word = (one: string, other = one): Word => ({ one, other });
/** A measure word with no English noun of its own: the figure stands alone. */
const BARE = word("");

/** Written against the figure, never scaled: "7%", "2×". */
const ATTACHED: Record<string, string> = { "%": "%", "％": "%", "‰": "‰", 倍: "×", "℃": "℃" };

/** Rates in words: never scaled. */
const RATES: Record<string, Word> = {
  个百分点: word("percentage point", "percentage points"),
  百分点: word("percentage point", "percentage points"),
};

/** What is counted or measured. */
const THINGS: Record<string, Word> = {
  // Measure words: the indicator names the thing ("新建5G基站2500个" → "2,500"): the
  // extractor's count units, but for those English names, written after (and so replacing) them.
  ...Object.fromEntries(COUNT_UNITS.map((w) => [w, BARE])),
  // Counted things English names.
  头: word("head"),
  人: word("person", "people"),
  人次: word("person-time", "person-times"),
  户: word("household", "households"),
  辆: word("vehicle", "vehicles"),
  次: word("time", "times"),
  床: word("bed", "beds"),
  例: word("case", "cases"),
  对: word("pair", "pairs"),
  批次: word("batch", "batches"),
  标箱: word("TEU"),
  标准箱: word("TEU"),
  // Measures.
  元: word("yuan"),
  美元: word("US dollar", "US dollars"),
  亩: word("mu"),
  公顷: word("hectare", "hectares"),
  平方米: word("m²"),
  平方公里: word("km²"),
  立方米: word("m³"),
  吨: word("tonne", "tonnes"),
  公斤: word("kg"),
  千克: word("kg"),
  斤: word("jin"),
  微克: word("μg"),
  毫克: word("mg"),
  "微克/立方米": word("μg/m³"),
  公里: word("km"),
  千米: word("km"),
  米: word("m"),
  瓦: word("W"),
  千瓦: word("kW"),
  兆瓦: word("MW"),
  千瓦时: word("kWh"),
  吨标准煤: word("tonne of standard coal equivalent", "tonnes of standard coal equivalent"),
  吨标煤: word("tonne of standard coal equivalent", "tonnes of standard coal equivalent"),
  千克标准煤: word("kg of standard coal equivalent"),
  公斤标准煤: word("kg of standard coal equivalent"),
  岁: word("year", "years"),
  // Durations.
  个工作日: word("working day", "working days"),
  工作日: word("working day", "working days"),
  年: word("year", "years"),
  个月: word("month", "months"),
  月: word("month", "months"),
  周: word("week", "weeks"),
  天: word("day", "days"),
  日: word("day", "days"),
  小时: word("hour", "hours"),
  分钟: word("minute", "minutes"),
  秒: word("second", "seconds"),
  // Written in Latin letters already.
  ...Object.fromEntries(MEASURE_UNITS.filter((w) => /^[A-Za-z]/.test(w)).map((w) => [w, word(w)])),
};

/** The period an amount is per ("吨/日": extract/units.ts perPeriodUnit; 天 as an admin may type it in the import review). */
const PERIODS: Record<string, string> = { 日: "day", 天: "day", 月: "month", 年: "year" };

/** The power of ten of each character of a magnitude: a compound multiplies them (万亿 = 10^12, 千万 = 10^7). */
const DIGIT_POWERS: Record<string, number> = { 百: 2, 千: 3, 万: 4, 亿: 8 };

/**
 * Chinese scale words before what is counted ("亿元", "万亩", "万千瓦"), as powers of ten; longest
 * first: the extractor's list (MAGNITUDES), so a unit it reads is one this names.
 */
const SCALES: [string, number][] = MAGNITUDES.map((m) => [m, [...m].reduce((power, c) => power + DIGIT_POWERS[c], 0)]);

/** English names of large numbers, largest first. */
const NAMES: [string, number][] = [
  ["trillion", 12],
  ["billion", 9],
  ["million", 6],
];

type EnglishUnit = { attached: string } | { counted: Word; power: number; per: string | null };

/** A unit as English writes it, or null when it is not one known here. */
function englishUnit(unit: string | null): EnglishUnit | null {
  const bare = (unit ?? "").trim();
  if (!bare) return null;
  if (ATTACHED[bare]) return { attached: ATTACHED[bare] };
  if (RATES[bare]) return { counted: RATES[bare], power: 0, per: null };
  if (THINGS[bare]) return { counted: THINGS[bare], power: 0, per: null };
  const slash = bare.lastIndexOf("/");
  if (slash > 0 && PERIODS[bare.slice(slash + 1)]) {
    const amount = englishUnit(bare.slice(0, slash));
    return amount && "counted" in amount && amount.per === null ? { ...amount, per: PERIODS[bare.slice(slash + 1)] } : null;
  }
  for (const [scale, power] of SCALES) {
    if (!bare.startsWith(scale)) continue;
    const rest = bare.slice(scale.length);
    const counted = rest === "" ? BARE : THINGS[rest];
    return counted ? { counted, power, per: null } : null;
  }
  return null;
}

/**
 * A figure, or a range's two ("2", "3" → "2–3"), with its unit in English: null when the unit is
 * not one known here (the caller writes it as the report did). Figures are their text as stored
 * ("386", "5.5", "-3"), never read as floating point: 386亿元 is exactly 38.6 billion yuan.
 */
export function figuresInEnglish(figures: readonly string[], unit: string | null): string | null {
  const english = englishUnit(unit);
  if (!english) return null;
  if ("attached" in english) return `${figures.map(grouped).join("–")}${english.attached}`;
  return scaled(figures, english.power, english.counted, english.per);
}

/**
 * The unit alone, as a label or a column names it ("Actual value (100 million yuan)"): "" for a
 * measure word (the figure is a plain number), null when not known here.
 */
export function unitInEnglish(unit: string | null): string | null {
  const english = englishUnit(unit);
  if (!english) return null;
  if ("attached" in english) return english.attached;
  const { counted, power, per } = english;
  // 万亩 → "10,000 mu", 亿元 → "100 million yuan", 万个 → "10,000".
  const amount = power > 0 ? scaled(["1"], power, word(counted.other), null) : counted.other;
  if (!per) return amount;
  return amount ? `${amount}/${per}` : `per ${per}`;
}

/** Whether English writes a figure in this unit at another scale than it is typed (2600亿元 → "260 billion yuan"). */
export function isScaledUnit(unit: string | null): boolean {
  const english = englishUnit(unit);
  return english !== null && "power" in english && english.power > 0;
}

/** "5.5万亩" → "55,000 mu"; "386亿元" → "38.6 billion yuan"; "0.8–1.2亿元" → "80–120 million yuan". */
function scaled(figures: readonly string[], power: number, counted: Word, per: string | null): string {
  const values = figures.map((f) => movePoint(f, power));
  // One name for the whole range, from its smaller end, so both ends read in it.
  const nonZero = values.map((v) => Math.abs(Number(v))).filter((v) => v > 0);
  const smallest = nonZero.length ? Math.min(...nonZero) : 0;
  const [name, size] = power > 0 ? (NAMES.find(([, size]) => smallest >= 10 ** size) ?? ["", 0]) : ["", 0];
  const shown = values.map((v) => grouped(movePoint(v, -size)));
  const number = name ? `${shown.join("–")} ${name}` : shown.join("–");
  const perPart = per ? `/${per}` : "";
  if (!counted.other) return per ? `${number} per ${per}` : number;
  // 1 million yuan, 1 million people: only a bare 1 takes the singular.
  const one = !name && values.length === 1 && Number(values[0]) === 1;
  return `${number} ${one ? counted.one : counted.other}${perPart}`;
}

/** A decimal's text times 10^by (by may be negative), as text: no floating point. */
function movePoint(text: string, by: number): string {
  if (by === 0) return text;
  const negative = text.startsWith("-");
  const [int, frac = ""] = text.replace(/^[-+]/, "").split(".");
  let digits = int + frac;
  let point = int.length + by;
  if (point < 0) [digits, point] = ["0".repeat(-point) + digits, 0];
  if (point > digits.length) digits = digits.padEnd(point, "0");
  const whole = digits.slice(0, point).replace(/^0+/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  const out = fraction ? `${whole}.${fraction}` : whole;
  return negative && out !== "0" ? `-${out}` : out;
}

/** Thousands grouped as English writes them: 2600 → "2,600". */
function grouped(text: string): string {
  const [int, frac] = text.split(".");
  const digits = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? digits : `${digits}.${frac}`;
}
