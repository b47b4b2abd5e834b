import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/translate";
import { figuresInEnglish } from "./units-in-english";

/** A commitment's target as SQL reads it (numbers as text, so Decimal precision survives). */
export interface TargetText {
  comparator: Comparator | null;
  targetValue: string | null;
  targetMin: string | null;
  targetMax: string | null;
  unit: string | null;
  /** The report's words, for a growth the report called approximate (see isAboutGrowth). */
  quote?: string | null;
}

export interface TargetFields {
  comparator: Comparator | null;
  targetValue: { toString(): string } | number | null;
  targetMin: { toString(): string } | number | null;
  targetMax: { toString(): string } | number | null;
  unit: string | null;
  /** The report's words, for a growth the report called approximate (see isAboutGrowth). */
  quote?: string | null;
}

// Decimal(20,4) comes back as "2600.0000"; show the number as the report wrote it.
export function formatNumber(value: { toString(): string } | number | null): string {
  if (value == null) return "";
  const text = value.toString();
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

const PREFIX: Record<Locale, Partial<Record<Comparator, string>>> = {
  zh: { AT_LEAST: "≥ ", AT_MOST: "≤ ", GROWTH: "增长 ", APPROX: "约 " },
  en: { AT_LEAST: "≥ ", AT_MOST: "≤ ", GROWTH: "up ", APPROX: "≈ " },
};

const FALL: Record<Locale, string> = { zh: "下降 ", en: "down " };

/** A growth the report called approximate ("增长5%左右", "下降3%左右"). */
const ABOUT: Record<Locale, { growth: string; fall: string }> = {
  zh: { growth: "增长约 ", fall: "下降约 " },
  en: { growth: "up about ", fall: "down about " },
};

/** A target's figure as a number (Decimal, its text, or a number), null when it has none. */
export const targetNumber = (v: TargetFields["targetValue"]) => (v == null ? null : Number(v.toString()));

/**
 * A planned fall: the extractor stores 能耗降低3% as growth −3 and 下降2%—3% as the range −3…−2,
 * so the actual to report is the change, a fall written negative.
 */
export function isPlannedFall(t: TargetFields): boolean {
  if (t.comparator === "GROWTH") return (targetNumber(t.targetValue) ?? 0) < 0;
  if (t.comparator !== "RANGE") return false;
  const [min, max] = [targetNumber(t.targetMin), targetNumber(t.targetMax)];
  return min !== null && max !== null && Math.max(min, max) <= 0 && Math.min(min, max) < 0;
}

const magnitude = (v: TargetFields["targetValue"]) => formatNumber(v).replace(/^-/, "");
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A growth the report called approximate: its quote writes the figure with 左右 or 上下
 * ("国内生产总值增长5%左右", "能耗下降3%左右"). The comparator stays GROWTH (the rate is what
 * progress is compared with; no schema field holds "about"), so the quote says it. A target
 * adjusted since to a figure the quote does not write is no longer the report's "about" figure.
 */
export function isAboutGrowth(t: TargetFields): boolean {
  if (t.comparator !== "GROWTH" || !t.quote || t.targetValue == null) return false;
  // The unit of a rate as a report writes it (the ledger formats without the unit).
  const figure = `(?<![\\d.])${escaped(magnitude(t.targetValue))}(?:\\.0+)?\\s*(?:[%％倍]|个?百分点)?\\s*(?:左右|上下)`;
  return new RegExp(figure).test(t.quote);
}

/**
 * How a figure's unit is written: as the report wrote it ("0.7个百分点": a page marks the figure
 * Chinese, TargetText), or in the reader's language where it is known ("0.7 percentage points":
 * a text read as a whole in English, the progress report's Word file and printable page).
 */
export type UnitWords = "asWritten" | "reader";

/** A figure, or a range's two, with its unit ("5.5万亩", "2–3%"; in English words: "55,000 mu"). */
export function figuresWithUnit(figures: readonly string[], unit: string | null, locale: Locale, units: UnitWords = "asWritten"): string {
  const inEnglish = locale === "en" && units === "reader" ? figuresInEnglish(figures, unit) : null;
  return inEnglish ?? `${figures.join("–")}${unit ?? ""}`;
}

/** One figure of a planned fall, as the report wrote it: −3 → "下降 3%". */
export function formatFallFigure(value: TargetFields["targetValue"], unit: string | null, locale: Locale, units: UnitWords = "asWritten"): string {
  return `${FALL[locale]}${figuresWithUnit([magnitude(value)], unit, locale, units)}`;
}

/** "≥ 2500 个", "5–8 个", "增长 7 %", "增长约 5%", "下降 2–3%"; empty for milestones (no comparator). */
export function formatTarget(t: TargetFields, locale: Locale = "zh", units: UnitWords = "asWritten"): string {
  if (!t.comparator) return "";
  const withUnit = (...figures: string[]) => figuresWithUnit(figures, t.unit, locale, units);
  if (t.comparator === "RANGE") {
    // Without a top the bottom is the promise, as the percent rule reads it.
    if (t.targetMax == null) return `≥ ${withUnit(formatNumber(t.targetMin))}`;
    if (!isPlannedFall(t)) return withUnit(formatNumber(t.targetMin), formatNumber(t.targetMax));
    // −3…−2 reads as the report wrote it: 下降 2–3%.
    const [small, large] = Number(t.targetMin?.toString()) > Number(t.targetMax?.toString()) ? [t.targetMin, t.targetMax] : [t.targetMax, t.targetMin];
    return `${FALL[locale]}${withUnit(magnitude(small), magnitude(large))}`;
  }
  if (isAboutGrowth(t)) return `${isPlannedFall(t) ? ABOUT[locale].fall : ABOUT[locale].growth}${withUnit(magnitude(t.targetValue))}`;
  if (isPlannedFall(t)) return formatFallFigure(t.targetValue, t.unit, locale, units);
  return `${PREFIX[locale][t.comparator] ?? ""}${withUnit(formatNumber(t.targetValue))}`;
}

/**
 * A written target (or the milestone label) cut where the report's figure begins: the words
 * before it are the reader's ("≥ ", "up ", "下降 "), the figure with its unit ("50亿斤", "2–3%") is
 * the report's, read in its language. No prefix holds a digit or a minus; a label holds neither.
 */
export function splitTarget(text: string): { words: string; figure: string } {
  const at = text.search(/[-\d]/);
  return at < 0 ? { words: text, figure: "" } : { words: text.slice(0, at), figure: text.slice(at) };
}
