import { refuseFieldProblems } from "@/lib/actions/errors";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { TargetFields } from "@/lib/commitments/format-target";
import { isShare, lowestReading } from "./negative-reading";
import { readingProblems } from "./reading-problems";

/**
 * What an update reports must fit the commitment (readingProblems: its day, its figure or done /
 * not done, a figure no lower than it can be, a share within 0–100%). All its mistakes are refused in one answer;
 * one alone is the answer itself, as any refusal of a field.
 */
export function checkReading(
  commitment: TargetFields & { indicator: string; kind: CommitmentKind; report: { year: number } },
  input: { asOf: string; actualValue: number | null; done: boolean | null },
  today: string,
): { actualValue: number | null; done: boolean | null } {
  const rules = { kind: commitment.kind, reportYear: commitment.report.year, lowest: lowestReading(commitment), share: isShare(commitment) };
  refuseFieldProblems(readingProblems(rules, input, today));
  return commitment.kind === "MILESTONE" ? { actualValue: null, done: input.done } : { actualValue: input.actualValue, done: null };
}
