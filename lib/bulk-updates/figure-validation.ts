import type ExcelJS from "exceljs";
import { figuresWithUnit, formatNumber, formatTarget, isPlannedFall, unitName, type TargetFields } from "@/lib/commitments/format-target";
import { isScaledUnit } from "@/lib/commitments/units-in-english";
import { MAX_FIGURE } from "@/lib/commitments/figure-precision";
import { translator, type Locale } from "@/lib/i18n/translate";
import { isShare, lowestReading, SHARE_BOUNDS } from "@/lib/updates/negative-reading";
import type { RowProblemKey } from "./row-problem";
import { sheetRefusal } from "./sheet-refusal";

/**
 * Excel's own check of a figure's cell (实际完成值) in the official's sheet. Excel itself stops
 * what the upload would refuse: a share outside 0–100, a count or amount below zero, a growth
 * rate below -100% (lowestReading), and text of any kind ("约462", "462个"). Its box shows one
 * message whatever was typed, so it says what the cell takes — a number within the bounds,
 * without a unit or words — not only the bound ("不能小于 0" said of "约462" misleads).
 */
export function figureValidation(commitment: TargetFields & { indicator: string }, locale: Locale): ExcelJS.DataValidation {
  const t = translator(locale);
  const stop = (messageKey: RowProblemKey) => ({ showErrorMessage: true, errorStyle: "stop" as const, error: sheetRefusal(locale, { messageKey }) });
  // A planned fall is reported as a negative change; Excel shows the prompt when the cell is chosen.
  const fall = isPlannedFall(commitment)
    ? { showInputMessage: true, promptTitle: t("bulk.sheet.fallTitle"), prompt: t("workflow.update.fallHint", { target: formatTarget(commitment, locale) }) }
    : scalePrompt(commitment, locale, t);
  const lowest = lowestReading(commitment);
  const bounds = isShare(commitment)
    ? { operator: "between" as const, formulae: [...SHARE_BOUNDS], ...stop("bulk.error.actualTakesShare") }
    : lowest !== null
      ? { operator: "greaterThanOrEqual" as const, formulae: [lowest], ...stop(lowest === 0 ? "bulk.error.actualTakesCount" : "bulk.error.actualTakesGrowth") }
      : // Other rates may fall below zero: only text, or what is past any figure kept, is stopped.
        { operator: "greaterThan" as const, formulae: [-MAX_FIGURE], ...stop("bulk.error.actualTakesRate") };
  return { type: "decimal", allowBlank: true, ...bounds, ...fall };
}

/**
 * An English sheet writes the target as English does ("≥ 260 billion yuan"), but a figure is typed
 * in the report's unit (2600, in 亿元), as the update form's label says: the cell says so too. The
 * unit goes in the prompt, not its title: Excel takes a title of 32 characters at most and drops
 * the whole check of a longer one ("100 million tonnes of standard coal equivalent").
 */
function scalePrompt(commitment: TargetFields, locale: Locale, t: ReturnType<typeof translator>): Partial<ExcelJS.DataValidation> {
  if (locale !== "en" || !isScaledUnit(commitment.unit)) return {};
  const typed = formatNumber(commitment.targetValue ?? commitment.targetMin ?? commitment.targetMax ?? 1);
  const unit = unitName(commitment.unit, locale);
  return {
    showInputMessage: true,
    promptTitle: t("bulk.sheet.scaleTitle"),
    prompt: t("bulk.sheet.scalePrompt", { unit, typed, written: figuresWithUnit([typed], commitment.unit, locale) }),
  };
}
