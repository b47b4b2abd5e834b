import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/translate";
import { figuresInEnglish, unitInEnglish } from "./units-in-english";

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
 * A figure, or a range's two, with its unit, as every page, sheet and file writes it: the report's
 * own on a Chinese one ("5.5万亩", "2–3%"), English on an English one ("55,000 mu", "up 0.7
 * percentage points", "20,000" for 2万个), a unit English has no entry for as the report wrote it
 * (units-in-english.ts). The one place a figure meets its unit.
 */
export function figuresWithUnit(figures: readonly string[], unit: string | null, locale: Locale): string {
  const inEnglish = locale === "en" ? figuresInEnglish(figures, unit) : null;
  return inEnglish ?? `${figures.join("–")}${unit ?? ""}`;
}

/**
 * A unit alone, as a label names what a figure is typed in ("实际完成值（万亩）", "Actual value
 * (10,000 mu)"): "" when there is none to say (no unit, or a measure word English drops).
 */
export function unitName(unit: string | null | undefined, locale: Locale): string {
  if (!unit) return "";
  return (locale === "en" ? unitInEnglish(unit) : null) ?? unit;
}

/** One figure of a planned fall, as the report wrote it: −3 → "下降 3%". */
export function formatFallFigure(value: TargetFields["targetValue"], unit: string | null, locale: Locale): string {
  return `${FALL[locale]}${figuresWithUnit([magnitude(value)], unit, locale)}`;
}

/** "≥ 2500 个", "5–8 个", "增长 7 %", "增长约 5%", "下降 2–3%"; empty for milestones (no comparator). */
export function formatTarget(t: TargetFields, locale: Locale = "zh"): string {
  if (!t.comparator) return "";
  const withUnit = (...figures: string[]) => figuresWithUnit(figures, t.unit, locale);
  if (t.comparator === "RANGE") {
    // Without a top the bottom is the promise, as the percent rule reads it.
    if (t.targetMax == null) return `≥ ${withUnit(formatNumber(t.targetMin))}`;
    if (!isPlannedFall(t)) return withUnit(formatNumber(t.targetMin), formatNumber(t.targetMax));
    // −3…−2 reads as the report wrote it: 下降 2–3%.
    const [small, large] = Number(t.targetMin?.toString()) > Number(t.targetMax?.toString()) ? [t.targetMin, t.targetMax] : [t.targetMax, t.targetMin];
    return `${FALL[locale]}${withUnit(magnitude(small), magnitude(large))}`;
  }
  if (isAboutGrowth(t)) return `${isPlannedFall(t) ? ABOUT[locale].fall : ABOUT[locale].growth}${withUnit(magnitude(t.targetValue))}`;
  if (isPlannedFall(t)) return formatFallFigure(t.targetValue, t.unit, locale);
  return `${PREFIX[locale][t.comparator] ?? ""}${withUnit(formatNumber(t.targetValue))}`;
}

/**
 * A written target (or the milestone label) cut where its figure begins: the words before it are
 * the reader's ("≥ ", "up ", "下降 "), the figure with its unit ("50亿斤", "2–3%", "5 billion jin")
 * is marked by figureLang. No prefix holds a digit or a minus; a label holds neither.
 */
export function splitTarget(text: string): { words: string; figure: string } {
  const at = text.search(/[-\d]/);
  return at < 0 ? { words: text, figure: "" } : { words: text.slice(0, at), figure: text.slice(at) };
}
