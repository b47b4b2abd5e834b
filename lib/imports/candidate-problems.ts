import type { MessageParams } from "@/lib/i18n/translate";
import { reportYearStart } from "@/lib/progress/iso-day";
import { COMPARATOR_TO_DB } from "@/lib/reports/comparator-map";
import { mayBeNegative } from "@/lib/updates/negative-reading";
import type { TImportCandidate } from "./types";
import { targetFigureFields } from "./target-figures";

/**
 * How many years after its report's own a candidate may be due. Reports name goals beyond their
 * year — 到2025年 or “十四五”末 in a 2021 report (four years on), 2030年前碳达峰 in a 2021 one
 * (nine) — but none a decade further: 2099-12-31, or 2103 typed for 2023, is a slip. Generous on
 * purpose: a refused legitimate goal could not be imported at all.
 */
export const MAX_YEARS_AFTER_REPORT = 10;

export type CandidateProblemKey =
  | "import.error.deadlineBeforeYear"
  | "import.error.deadlineTooLate"
  | "import.error.negativeTarget"
  | "import.error.rangeOrder"
  | "import.error.unitMissing";

export interface CandidateProblem {
  field: "deadline" | "value" | "min" | "max" | "unit";
  messageKey: CandidateProblemKey;
  params: MessageParams;
}

type RuleFields = Pick<TImportCandidate, "kind" | "indicator" | "value" | "min" | "max" | "unit" | "comparator" | "deadline">;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a candidate's target and deadline may not be, whatever the admin typed: due before 1
 * January of its report's year or more than MAX_YEARS_AFTER_REPORT years after it, a figure below
 * zero where none can be, a range whose top is below its bottom, a figure without a unit. Shared by the review (as the admin types) and
 * the accept (which refuses by it), so both say the same words; `row` is the candidate's number
 * in the review's list (its "第 N 项", rejected rows counted), as the server's other row messages
 * name it.
 *
 * A unit is required: the extractor reads no figure without one as a commitment (not-quantities.ts,
 * "no unit"), so a numeric candidate without one is a unit cleared by hand, and "≥ 5" of nothing
 * could be neither reported against nor read.
 */
export function candidateProblems(c: RuleFields, reportYear: number, row: number): CandidateProblem[] {
  const problems: CandidateProblem[] = [];
  const named = { row, indicator: c.indicator.trim() };
  // A date that is not one yet (the field cleared) is the schema's to refuse. ISO days compare as strings.
  if (ISO_DAY.test(c.deadline)) {
    const last = `${reportYear + MAX_YEARS_AFTER_REPORT}-12-31`;
    if (c.deadline < reportYearStart(reportYear)) {
      problems.push({ field: "deadline", messageKey: "import.error.deadlineBeforeYear", params: { ...named, deadline: c.deadline, year: reportYear } });
    } else if (c.deadline > last) {
      problems.push({ field: "deadline", messageKey: "import.error.deadlineTooLate", params: { ...named, deadline: c.deadline, year: reportYear, last, years: MAX_YEARS_AFTER_REPORT } });
    }
  }
  if (c.kind !== "numeric") return problems;
  const unit = c.unit?.trim() || null;
  // The target's own sign is what is checked, so its figures are left out: mayBeNegative lets a
  // reading fall below zero because its target does, which cannot vouch for the target itself.
  const negativeAllowed = mayBeNegative({ comparator: c.comparator ? COMPARATOR_TO_DB[c.comparator] : null, unit, targetValue: null, targetMin: null, targetMax: null });
  // Only the figures the target has (and the editor shows): a range's min and max, else its value.
  for (const field of targetFigureFields(c)) {
    const figure = c[field];
    if (!negativeAllowed && figure != null && figure < 0) problems.push({ field, messageKey: "import.error.negativeTarget", params: { ...named, figure } });
  }
  if (c.comparator === "range" && c.min != null && c.max != null && c.min > c.max) {
    problems.push({ field: "max", messageKey: "import.error.rangeOrder", params: { ...named, min: c.min, max: c.max } });
  }
  if (unit === null) problems.push({ field: "unit", messageKey: "import.error.unitMissing", params: named });
  return problems;
}
