import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { daysBetween } from "@/lib/progress/iso-day";
import { runningTargetWhere } from "@/lib/progress/status-light-sql";

export const DUE_SOON_DAYS = 30;

/** When the current month began in China, as an instant: "this month" for submissions. */
export function monthStart(today: string): Date {
  return new Date(`${today.slice(0, 7)}-01T00:00:00+08:00`);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plusDays = (iso: string, days: number) => new Date(day(iso).getTime() + days * 86_400_000);

/**
 * A reading that reports the commitment for this month: sent since the month began and waiting
 * for review or approved. A returned one does not count: its return is a to-do of its own (and
 * while it is, the commitment is not listed as to report on: needsUpdateWhere).
 */
export const updatedThisMonth = (today: string): Prisma.ProgressUpdateWhereInput => ({
  state: { in: ["SUBMITTED", "APPROVED"] },
  createdAt: { gte: monthStart(today) },
});

/**
 * Active commitments of the official's departments still reported on: not met yet (a rate or
 * ceiling is read monthly until its deadline even when met).
 */
function reportedOnWhere(actor: Actor, today: string): Prisma.CommitmentWhereInput[] {
  return [
    commitmentScopeWhere(actor),
    { status: "ACTIVE" },
    {
      OR: [
        { latestPercent: null },
        { latestPercent: { lt: 100 } },
        { AND: [runningTargetWhere(), { deadline: { gte: day(today) } }] },
      ],
    },
  ];
}

/**
 * The official's commitments to report on now: those not reported this month, whatever their
 * deadline. One reported this month (a reading waiting or approved) is done for the month, overdue
 * or due soon too: keeping it on the list (and in the badge) left an official who had reported
 * everything with a to-do count that never fell. It comes back next month.
 *
 * One with a returned reading still to answer (`answering`: RETURNED_TO_ANSWER_SQL, read in SQL
 * because it compares the commitment's own columns, which a Prisma `where` cannot) is not listed
 * either: its return is the to-do and says what to do, and answering it reports the commitment
 * (QA: a reading returned this month put the commitment on the list twice, and in the badge twice).
 * The badge counts the same in SQL (count-my-work.ts).
 */
export function needsUpdateWhere(actor: Actor, today: string, answering: readonly number[]): Prisma.CommitmentWhereInput {
  const returnsFirst: Prisma.CommitmentWhereInput[] = answering.length ? [{ id: { notIn: [...answering] } }] : [];
  return { AND: [...reportedOnWhere(actor, today), { updates: { none: updatedThisMonth(today) } }, ...returnsFirst] };
}

/**
 * Overdue or due-soon commitments already reported this month: shown below the to-do list so the
 * deadline stays in sight, never counted as to do.
 */
export function reportedNearDeadlineWhere(actor: Actor, today: string): Prisma.CommitmentWhereInput {
  return {
    AND: [...reportedOnWhere(actor, today), { deadline: { lte: plusDays(today, DUE_SOON_DAYS) } }, { updates: { some: updatedThisMonth(today) } }],
  };
}

export type NeedsUpdateReason = "noUpdateThisMonth" | "dueSoon" | "overdue";

/** What the page says of a commitment's deadline, and whether it is still to report this month. */
export function needsUpdateReasons(deadline: string, today: string, reportedThisMonth: boolean): NeedsUpdateReason[] {
  const daysLeft = daysBetween(today, deadline);
  const reasons: NeedsUpdateReason[] = [];
  if (daysLeft < 0) reasons.push("overdue");
  else if (daysLeft <= DUE_SOON_DAYS) reasons.push("dueSoon");
  if (!reportedThisMonth) reasons.push("noUpdateThisMonth");
  return reasons;
}
