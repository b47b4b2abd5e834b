import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/translate";

export interface TargetFields {
  comparator: Comparator | null;
  targetValue: { toString(): string } | number | null;
  targetMin: { toString(): string } | number | null;
  targetMax: { toString(): string } | number | null;
  unit: string | null;
}

// Decimal(20,4) comes back as "2600.0000"; show the number as the report wrote it.
export function formatNumber(value: { toString(): string } | number | null): string {
  if (value == null) return "";
  const text = value.toString();
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

const PREFIX: Record<Locale, Partial<Record<Comparator, string>>> = {
  zh: { AT_LEAST: "≥ ", AT_MOST: "≤ ", GROWTH: "增长 ", APPROX: "约 " },
  en: { AT_LEAST: "≥ ", AT_MOST: "≤ ", GROWTH: "growth ", APPROX: "≈ " },
};

/** "≥ 2500 个", "5–8 个", "增长 7 %"; empty for milestones (no comparator). */
export function formatTarget(t: TargetFields, locale: Locale = "zh"): string {
  if (!t.comparator) return "";
  const unit = t.unit ?? "";
  if (t.comparator === "RANGE") return `${formatNumber(t.targetMin)}–${formatNumber(t.targetMax)}${unit}`;
  // A growth target below zero is a planned fall (能耗降低3% is stored as growth −3).
  if (t.comparator === "GROWTH" && Number(t.targetValue?.toString()) < 0) {
    return `${locale === "zh" ? "下降 " : "decline "}${formatNumber(t.targetValue).replace(/^-/, "")}${unit}`;
  }
  return `${PREFIX[locale][t.comparator] ?? ""}${formatNumber(t.targetValue)}${unit}`;
}
