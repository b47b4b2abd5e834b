import { formatTarget, isAboutGrowth, isPlannedFall, type TargetText } from "@/lib/commitments/format-target";
import type { Locale, Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { numberCell, type ExportCell } from "./export-cell";
import type { ExportRow } from "./export-rows";

// The ledger's target, in four parts that say the same thing: 目标 as the app writes it ("增长 7%",
// "≥ 97%", "下降 2–3%"), the kind of comparison in words of its own (比较方式, to filter by), and
// the figures as bare numbers (目标值, or 下限 and 上限 for a range) to sum and compare with 实际值.
// The CSV and the Excel file write the same four: a figure is never a number in one and text in
// the other, and no comparator hides in a number format a reader may not see.

/** A planned fall stays negative in 目标值, as its 实际值 is reported (a change, −3.2 for 下降 3.2%). */
function comparatorKey(row: ExportRow): MessageKey | null {
  const { comparator } = row;
  if (comparator === null) return null;
  if (comparator === "GROWTH") {
    const fall = isPlannedFall(row);
    if (isAboutGrowth(row)) return fall ? "export.comparator.aboutFall" : "export.comparator.aboutGrowth";
    return fall ? "export.comparator.fall" : "export.comparator.GROWTH";
  }
  // A range without a top is its bottom to reach, as formatTarget writes it ("≥ 3个").
  if (comparator === "RANGE" && row.targetMax === null) return "export.comparator.AT_LEAST";
  return `export.comparator.${comparator}`;
}

/** A target as the ledger's 目标 writes it ("≥ 97%", "增长 7%", "里程碑"); empty when it has none. */
export function targetText(row: TargetText & { kind: "NUMERIC" | "MILESTONE" }, t: Translate, locale: Locale): string {
  return row.kind === "MILESTONE" ? t("commitments.milestone") : formatTarget(row, locale);
}

/** 目标, 比较方式, 目标值, 下限, 上限 (the unit has a column of its own, after them). */
export function targetCells(row: ExportRow, t: Translate, locale: Locale): ExportCell[] {
  if (row.kind === "MILESTONE") return [{ value: targetText(row, t, locale) }, { value: null }, { value: null }, { value: null }, { value: null }];
  const key = comparatorKey(row);
  const range = row.comparator === "RANGE" && row.targetMax !== null;
  const single = row.comparator === "RANGE" ? (range ? null : row.targetMin) : row.targetValue;
  // A range of fall may be stored either way round (−3…−2 or −2…−3): 下限 is the smaller.
  const [low, high] = range && Number(row.targetMin) > Number(row.targetMax) ? [row.targetMax, row.targetMin] : [row.targetMin, row.targetMax];
  return [
    { value: targetText(row, t, locale) || null },
    { value: key ? t(key) : null },
    numberCell(single),
    numberCell(range ? low : null),
    numberCell(range ? high : null),
  ];
}
