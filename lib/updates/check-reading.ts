import { invalid } from "@/lib/actions/errors";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { TargetFields } from "@/lib/commitments/format-target";
import { reportYearStart } from "@/lib/progress/iso-day";
import { mayBeNegative } from "./negative-reading";

/**
 * What an update reports must fit the commitment: a day between Jan 1 of the report year and
 * today (China time), a value for numeric targets (below zero only where it can be: mayBeNegative),
 * done / not done for milestones.
 */
export function checkReading(
  commitment: TargetFields & { kind: CommitmentKind; report: { year: number } },
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
  if (input.actualValue < 0 && !mayBeNegative(commitment)) throw invalid("workflow.update.negative", undefined, "actualValue");
  return { actualValue: input.actualValue, done: null };
}
