import { isPlannedFall, type TargetFields } from "@/lib/commitments/format-target";
import type { MessageParams } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { addDays, toIsoDay, type DayInput } from "@/lib/progress/iso-day";
import { mayBeNegative, outsideShare } from "@/lib/updates/negative-reading";

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

/** What a proposal's rules need to know of its commitment. */
export interface ChangeRules {
  kind: "NUMERIC" | "MILESTONE";
  /** The current deadline, an ISO day. */
  deadline: string;
  /** The current target: its shape (a range or one value), its sign, its unit. */
  target: TargetFields;
  /** isShare (negative-reading.ts): the target is a share of a whole, between 0 and 100. */
  share: boolean;
}

export interface ChangeProblem {
  field: "kind" | "proposedDeadline" | "proposedValue" | "proposedMin" | "proposedMax";
  messageKey: MessageKey;
  params?: MessageParams;
}

type Proposal = {
  kind?: "EXTEND_DEADLINE" | "ADJUST_TARGET";
  proposedDeadline?: string | null;
  proposedValue?: number | null;
  proposedMin?: number | null;
  proposedMax?: number | null;
};

/**
 * Every way a 延期 / 调整 request breaks its commitment's rules, each at its field (one per field):
 * a deadline must move later, to today or after, and not past EXTENSION_YEARS; a milestone has no
 * target; a range needs both bounds, min ≤ max; any other numeric target a value, not 0 for a
 * level to reach. A planned fall stays a fall (typing the report's "3" for 下降3% would turn it
 * into a rise); a quantity stays at zero or above (新增高标准农田 -5 万亩 is a slip), as its
 * readings do; and the reviewer is not asked to approve the target as it is.
 * Shared by the use case (proposedChange, which knows the commitment) and the form's schema (from
 * its hints, so these are named with the other fields' mistakes). A rule left out is not checked;
 * a field left `undefined` was unreadable and already refused.
 */
export function changeProblems(rules: Partial<ChangeRules>, input: Proposal, today: string): ChangeProblem[] {
  if (input.kind === "EXTEND_DEADLINE") return deadlineProblems(rules.deadline, input.proposedDeadline, today);
  if (input.kind !== "ADJUST_TARGET") return [];
  if (rules.kind === "MILESTONE") return [{ field: "kind", messageKey: "workflow.change.milestoneTarget" }];
  if (!rules.target) return [];
  const share = rules.share === true;
  if (rules.target.comparator === "RANGE") return rangeProblems(rules.target, share, input.proposedMin, input.proposedMax);
  return valueProblems(rules.target, share, input.proposedValue);
}

function deadlineProblems(current: string | undefined, day: string | null | undefined, today: string): ChangeProblem[] {
  const at = (messageKey: MessageKey, params?: MessageParams): ChangeProblem[] => [{ field: "proposedDeadline", messageKey, params }];
  if (day === undefined) return [];
  if (day === null) return at("form.required");
  // Not judged without the current deadline, even "past": a day before it is said to be that first.
  if (current === undefined) return [];
  // ISO days compare as strings.
  if (day <= current) return at("workflow.change.deadlineNotLater", { deadline: current });
  if (day < today) return at("workflow.change.deadlinePast", { today });
  const latest = latestExtension(current, today);
  if (day > latest) return at("workflow.change.deadlineTooFar", { latest, years: EXTENSION_YEARS });
  return [];
}

/** A share's new figure outside 0–100% (覆盖率 150%): the reviewer would be asked to approve the impossible. */
const beyondShare = (share: boolean, figure: number | null | undefined) => share && typeof figure === "number" && outsideShare(figure);

function rangeProblems(target: TargetFields, share: boolean, min: number | null | undefined, max: number | null | undefined): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  if (min === null) problems.push({ field: "proposedMin", messageKey: "form.required" });
  if (max === null) problems.push({ field: "proposedMax", messageKey: "form.required" });
  const [minBeyond, maxBeyond] = [beyondShare(share, min), beyondShare(share, max)];
  if (minBeyond) problems.push({ field: "proposedMin", messageKey: "workflow.change.outsideShare" });
  if (maxBeyond) problems.push({ field: "proposedMax", messageKey: "workflow.change.outsideShare" });
  // One message a field: a bound said to lie outside the share is not also judged below.
  if (minBeyond || maxBeyond) return problems;
  if (typeof min === "number" && typeof max === "number" && min > max) problems.push({ field: "proposedMax", messageKey: "workflow.change.rangeOrder" });
  if (typeof min === "number" && min < 0 && !mayBeNegative(target)) problems.push({ field: "proposedMin", messageKey: "workflow.change.negative" });
  else if (typeof min === "number" && typeof max === "number" && isPlannedFall(target) && !isPlannedFall({ ...target, targetMin: min, targetMax: max })) {
    problems.push({ field: "proposedMin", messageKey: "workflow.change.fallSign" });
  } else if (problems.length === 0 && sameNumber(target.targetMin, min) && sameNumber(target.targetMax, max)) {
    problems.push({ field: "proposedMin", messageKey: "workflow.change.sameTarget" });
  }
  return problems;
}

function valueProblems(target: TargetFields, share: boolean, value: number | null | undefined): ChangeProblem[] {
  const at = (messageKey: MessageKey): ChangeProblem[] => [{ field: "proposedValue", messageKey }];
  if (value === undefined) return [];
  if (value === null) return at("form.required");
  if (beyondShare(share, value)) return at("workflow.change.outsideShare");
  if (isPlannedFall(target) && value >= 0) return at("workflow.change.fallSign");
  if (value < 0 && !mayBeNegative(target)) return at("workflow.change.negative");
  // A level of 0 to reach (at least, exactly, about) is met by any reading: the commitment would
  // read 100% with nothing done. A ceiling or a growth rate of 0 is a real target.
  if (value === 0 && target.comparator !== "AT_MOST" && target.comparator !== "GROWTH") return at("workflow.change.zeroTarget");
  // The reviewer would be asked to approve no change at all.
  if (sameNumber(target.targetValue, value)) return at("workflow.change.sameTarget");
  return [];
}

/** A stored target (Decimal text such as "170.0000") and a typed figure are the same number. */
function sameNumber(stored: TargetFields["targetValue"], typed: number | null | undefined): boolean {
  return stored != null && typeof typed === "number" && Number(stored.toString()) === typed;
}
