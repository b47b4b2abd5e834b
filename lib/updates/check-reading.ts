import { invalid } from "@/lib/actions/errors";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import { reportYearStart } from "@/lib/progress/iso-day";

/**
 * What an update reports must fit the commitment: a day between Jan 1 of the report year and
 * today (China time), a value for numeric targets, done / not done for milestones.
 */
export function checkReading(
  commitment: { kind: CommitmentKind; report: { year: number } },
  input: { asOf: string; actualValue: number | null; done: boolean | null },
  today: string,
): { actualValue: number | null; done: boolean | null } {
  // ISO days compare as strings.
  if (input.asOf > today) throw invalid("workflow.update.asOfFuture", undefined, "asOf");
  const yearStart = reportYearStart(commitment.report.year);
  if (input.asOf < yearStart) throw invalid("workflow.update.asOfBeforeYear", { year: commitment.report.year }, "asOf");
  if (commitment.kind === "MILESTONE") {
    if (input.done === null) throw invalid("form.required", undefined, "done");
    return { actualValue: null, done: input.done };
  }
  if (input.actualValue === null) throw invalid("form.required", undefined, "actualValue");
  return { actualValue: input.actualValue, done: null };
}
