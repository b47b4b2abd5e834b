import { reportYearStart } from "@/lib/progress/iso-day";
import { outsideShare } from "./negative-reading";

/** What a reading's rules need to know of its commitment. */
export interface ReadingRules {
  kind: "NUMERIC" | "MILESTONE";
  reportYear: number;
  /** lowestReading (negative-reading.ts): 0 for a count or amount, -100 for a growth rate in %, null for none. */
  lowest: number | null;
  /** isShare (negative-reading.ts): the figure is a share of a whole, between 0 and 100. */
  share: boolean;
}

/**
 * One broken rule at its field. Its keys are a closed list: the progress sheet says each in its
 * own words (check-sheet-row.ts), so a rule added here does not compile until the sheet names it.
 */
export type ReadingProblem =
  | { field: "asOf"; messageKey: "workflow.update.asOfFuture"; params?: undefined }
  | { field: "asOf"; messageKey: "workflow.update.asOfBeforeYear"; params: { year: number } }
  | { field: "done"; messageKey: "form.required"; params?: undefined }
  | { field: "actualValue"; messageKey: "form.required" | "workflow.update.negative" | "workflow.update.growthBelowAll" | "workflow.update.outsideShare"; params?: undefined };

/**
 * Every way a reading breaks its commitment's rules, each at its field: a day after today (China
 * time) or before Jan 1 of the report year, a missing figure or done / not done, a figure below
 * the least it can be (zero for a count, -100% for a growth rate), a share outside 0–100%. Shared by the use case (checkReading, which knows the commitment),
 * the form's schema (from the form's hints, so these are named in the same answer as the other
 * fields' mistakes, not in a second round) and the progress sheet's rows (checkSheetRow). A rule
 * left out is not checked; a field left `undefined` was unreadable and already refused.
 */
export function readingProblems(
  rules: Partial<ReadingRules>,
  input: { asOf?: string; actualValue?: number | null; done?: boolean | null },
  today: string,
): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  // ISO days compare as strings.
  if (input.asOf !== undefined && input.asOf > today) problems.push({ field: "asOf", messageKey: "workflow.update.asOfFuture" });
  else if (input.asOf !== undefined && rules.reportYear !== undefined && input.asOf < reportYearStart(rules.reportYear)) {
    problems.push({ field: "asOf", messageKey: "workflow.update.asOfBeforeYear", params: { year: rules.reportYear } });
  }
  if (rules.kind === "MILESTONE" && input.done === null) problems.push({ field: "done", messageKey: "form.required" });
  if (rules.kind === "NUMERIC") {
    if (input.actualValue === null) problems.push({ field: "actualValue", messageKey: "form.required" });
    else if (input.actualValue !== undefined && rules.share && outsideShare(input.actualValue)) {
      problems.push({ field: "actualValue", messageKey: "workflow.update.outsideShare" });
    } else if (input.actualValue !== undefined && rules.lowest !== undefined && rules.lowest !== null && input.actualValue < rules.lowest) {
      problems.push({ field: "actualValue", messageKey: rules.lowest === 0 ? "workflow.update.negative" : "workflow.update.growthBelowAll" });
    }
  }
  return problems;
}
