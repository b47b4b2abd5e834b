import { refuseFieldProblems } from "@/lib/actions/errors";
import type { TargetFields } from "@/lib/commitments/format-target";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import { toIsoDay } from "@/lib/progress/iso-day";
import { isShare } from "@/lib/updates/negative-reading";
import { changeProblems } from "./change-problems";
import type { TRequestChange } from "./types";

/**
 * The fields a request proposes, checked against the commitment (changeProblems: a deadline
 * later and within reach, a target of the right shape, sign and size, not the current one). All
 * its mistakes are refused in one answer; one alone is the answer itself, as any refusal of a field.
 */
export function proposedChange(
  commitment: TargetFields & { indicator: string; kind: CommitmentKind; deadline: Date },
  input: TRequestChange,
  today: string,
) {
  refuseFieldProblems(changeProblems({ kind: commitment.kind, deadline: toIsoDay(commitment.deadline), target: commitment, share: isShare(commitment) }, input, today));
  const none = { proposedDeadline: null, proposedValue: null, proposedMin: null, proposedMax: null };
  // changeProblems found each field the kind needs: a null left here is a bug, not a request.
  const given = <T>(value: T | null): T => {
    if (value === null) throw new Error("proposedChange: a field changeProblems requires is missing");
    return value;
  };
  if (input.kind === "EXTEND_DEADLINE") return { ...none, proposedDeadline: new Date(`${given(input.proposedDeadline)}T00:00:00Z`) };
  if (commitment.comparator === "RANGE") return { ...none, proposedMin: String(given(input.proposedMin)), proposedMax: String(given(input.proposedMax)) };
  return { ...none, proposedValue: String(given(input.proposedValue)) };
}
