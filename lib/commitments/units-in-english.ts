// The units a work report writes ("个百分点", "亿元", "万亩"), in English, for a text read as a
// whole in English (the progress report's Word file): "up 0.7 percentage points", "≥ 38.6 billion
// yuan". Pages keep the report's own figure and unit, marked Chinese (TargetText); a unit not
// known here is left as the report wrote it.

import { MAGNITUDES } from "@/lib/extract/units";

type Word = { one: string; other: string };
const word = (one: string, other = one): Word => ({ one, other });

/** Rates: never scaled, "%" and "‰" written against the figure. */
const RATES: Record<string, Word | "attached"> = {
  "%": "attached",
  "％": "attached",
  "‰": "attached",
  个百分点: word("percentage point", "percentage points"),
  百分点: word("percentage point", "percentage points"),
};

/** What is counted or measured; "" (a classifier such as 个 or 家) leaves the figure alone: the indicator says what it counts. */
const THINGS: Record<string, Word> = {
  个: word(""),
  家: word(""),
  项: word(""),
  所: word(""),
  座: word(""),
  处: word(""),
  条: word(""),
  只: word(""),
  头: word("head"),
  元: word("yuan"),
  美元: word("US dollar", "US dollars"),
  人: word("person", "people"),
  人次: word("person-time", "person-times"),
  户: word("household", "households"),
  亩: word("mu"),
  公顷: word("hectare", "hectares"),
  平方米: word("m²"),
  平方公里: word("km²"),
  吨: word("tonne", "tonnes"),
  公斤: word("kg"),
  千克: word("kg"),
  斤: word("jin"),
  公里: word("km"),
  千米: word("km"),
  米: word("m"),
  千瓦: word("kW"),
  兆瓦: word("MW"),
  千瓦时: word("kWh"),
  吨标准煤: word("tonne of standard coal equivalent", "tonnes of standard coal equivalent"),
  吨标煤: word("tonne of standard coal equivalent", "tonnes of standard coal equivalent"),
  千克标准煤: word("kg of standard coal equivalent"),
  公斤标准煤: word("kg of standard coal equivalent"),
  辆: word("vehicle", "vehicles"),
  标箱: word("TEU"),
  标准箱: word("TEU"),
  天: word("day", "days"),
  小时: word("hour", "hours"),
  个月: word("month", "months"),
};

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

/**
 * A figure, or a range's two ("2", "3" → "2–3"), with its unit in English: null when the unit is
 * not one known here (the caller writes it as the report did). Figures are their text as stored
 * ("386", "5.5", "-3"), never read as floating point: 386亿元 is exactly 38.6 billion yuan.
 */
export function figuresInEnglish(figures: readonly string[], unit: string | null): string | null {
  const bare = (unit ?? "").trim();
  if (!bare) return null;
  const rate = RATES[bare];
  if (rate === "attached") return `${figures.map(grouped).join("–")}${bare === "％" ? "%" : bare}`;
  if (rate) return withWord(figures.map(grouped), rate, figures);
  const thing = THINGS[bare];
  if (thing) return withWord(figures.map(grouped), thing, figures);
  for (const [scale, power] of SCALES) {
    if (!bare.startsWith(scale)) continue;
    const rest = bare.slice(scale.length);
    const counted = rest === "" ? word("") : THINGS[rest];
    return counted ? scaled(figures, power, counted) : null;
  }
  return null;
}

/** "5.5万亩" → "55,000 mu"; "386亿元" → "38.6 billion yuan"; "0.8–1.2亿元" → "80–120 million yuan". */
function scaled(figures: readonly string[], power: number, counted: Word): string {
  const values = figures.map((f) => movePoint(f, power));
  // One name for the whole range, from its smaller end, so both ends read in it.
  const nonZero = values.map((v) => Math.abs(Number(v))).filter((v) => v > 0);
  const smallest = nonZero.length ? Math.min(...nonZero) : 0;
  const [name, size] = NAMES.find(([, size]) => smallest >= 10 ** size) ?? ["", 0];
  const shown = values.map((v) => grouped(movePoint(v, -size)));
  const number = name ? `${shown.join("–")} ${name}` : shown.join("–");
  if (!counted.other) return number;
  // 1 million yuan, 1 million people: only a bare 1 takes the singular.
  const one = !name && shown.length === 1 && shown[0] === "1";
  return `${number} ${one ? counted.one : counted.other}`;
}

function withWord(shown: string[], unit: Word, figures: readonly string[]): string {
  if (!unit.other) return shown.join("–");
  const one = figures.length === 1 && Number(figures[0]) === 1;
  return `${shown.join("–")} ${one ? unit.one : unit.other}`;
}

/** A decimal's text times 10^by (by may be negative), as text: no floating point. */
function movePoint(text: string, by: number): string {
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
