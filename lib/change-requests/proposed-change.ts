import { invalid } from "@/lib/actions/errors";
import { isPlannedFall, type TargetFields } from "@/lib/commitments/format-target";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import { addDays, toIsoDay, type DayInput } from "@/lib/progress/iso-day";
import { mayBeNegative } from "@/lib/updates/negative-reading";
import type { TRequestChange } from "./types";

/**
 * The earliest deadline an extension may ask for: the day after the current one, and never a day
 * already past (an extension to last year would leave the commitment overdue on approval).
 */
export function earliestExtension(deadline: DayInput, today: string): string {
  const next = addDays(deadline, 1);
  return next > today ? next : today;
}

/** How far an extension may reach: a year typed wrong (2099 for 2024) is caught, not sent on. */
export const EXTENSION_YEARS = 5;

/**
 * The latest deadline an extension may ask for: five years after the current deadline, or after
 * today once that has passed (29 February falls back to the 28th in a common year).
 */
export function latestExtension(deadline: DayInput, today: string): string {
  const current = toIsoDay(deadline);
  const base = current > today ? current : today;
  const monthDay = base.slice(5) === "02-29" ? "02-28" : base.slice(5);
  return `${Number(base.slice(0, 4)) + EXTENSION_YEARS}-${monthDay}`;
}

/**
 * The fields a request proposes, checked against the commitment: a deadline must move later,
 * to today or after;
 * a range target needs min ≤ max, any other numeric target a value; a milestone has no target.
 * A planned fall stays a fall: typing the report's "3" for 下降3% would turn it into a rise; a
 * quantity stays at zero or above (新增高标准农田 -5 万亩 is a slip), as its readings do.
 */
export function proposedChange(
  commitment: TargetFields & { kind: CommitmentKind; deadline: Date },
  input: TRequestChange,
  today: string,
) {
  const none = { proposedDeadline: null, proposedValue: null, proposedMin: null, proposedMax: null };
  if (input.kind === "EXTEND_DEADLINE") {
    const day = input.proposedDeadline ?? "";
    if (day <= toIsoDay(commitment.deadline)) throw invalid("workflow.change.deadlineNotLater", { deadline: toIsoDay(commitment.deadline) }, "proposedDeadline");
    if (day < today) throw invalid("workflow.change.deadlinePast", { today }, "proposedDeadline");
    const latest = latestExtension(commitment.deadline, today);
    if (day > latest) throw invalid("workflow.change.deadlineTooFar", { latest, years: EXTENSION_YEARS }, "proposedDeadline");
    return { ...none, proposedDeadline: new Date(`${day}T00:00:00Z`) };
  }
  if (commitment.kind === "MILESTONE") throw invalid("workflow.change.milestoneTarget", undefined, "kind");
  if (commitment.comparator === "RANGE") {
    if (input.proposedMin === null) throw invalid("form.required", undefined, "proposedMin");
    if (input.proposedMax === null) throw invalid("form.required", undefined, "proposedMax");
    if (input.proposedMin > input.proposedMax) throw invalid("workflow.change.rangeOrder", undefined, "proposedMax");
    if (input.proposedMin < 0 && !mayBeNegative(commitment)) throw invalid("workflow.change.negative", undefined, "proposedMin");
    if (isPlannedFall(commitment) && !isPlannedFall({ ...commitment, targetMin: input.proposedMin, targetMax: input.proposedMax })) {
      throw invalid("workflow.change.fallSign", undefined, "proposedMin");
    }
    // The reviewer would be asked to approve no change at all.
    if (sameNumber(commitment.targetMin, input.proposedMin) && sameNumber(commitment.targetMax, input.proposedMax)) {
      throw invalid("workflow.change.sameTarget", undefined, "proposedMin");
    }
    return { ...none, proposedMin: String(input.proposedMin), proposedMax: String(input.proposedMax) };
  }
  if (input.proposedValue === null) throw invalid("form.required", undefined, "proposedValue");
  if (isPlannedFall(commitment) && input.proposedValue >= 0) throw invalid("workflow.change.fallSign", undefined, "proposedValue");
  if (input.proposedValue < 0 && !mayBeNegative(commitment)) throw invalid("workflow.change.negative", undefined, "proposedValue");
  // A level of 0 to reach (at least, exactly, about) is met by any reading: the commitment would
  // read 100% with nothing done. A ceiling or a growth rate of 0 is a real target.
  if (input.proposedValue === 0 && commitment.comparator !== "AT_MOST" && commitment.comparator !== "GROWTH") {
    throw invalid("workflow.change.zeroTarget", undefined, "proposedValue");
  }
  if (sameNumber(commitment.targetValue, input.proposedValue)) throw invalid("workflow.change.sameTarget", undefined, "proposedValue");
  return { ...none, proposedValue: String(input.proposedValue) };
}

/** A stored target (Decimal text such as "170.0000") and a typed figure are the same number. */
function sameNumber(stored: TargetFields["targetValue"], typed: number): boolean {
  return stored != null && Number(stored.toString()) === typed;
}
