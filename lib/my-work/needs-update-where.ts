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

/** No update submitted or approved since the month began (returned ones do not count). */
export const updatedThisMonth = (today: string): Prisma.ProgressUpdateWhereInput => ({
  state: { in: ["SUBMITTED", "APPROVED"] },
  createdAt: { gte: monthStart(today) },
});

/**
 * Active commitments of the official's departments that still need reporting: not met yet (a
 * rate or ceiling is read monthly until its deadline even when met), and either not updated this
 * month, due within 30 days, or overdue.
 */
export function needsUpdateWhere(actor: Actor, today: string): Prisma.CommitmentWhereInput {
  const todayDate = day(today);
  return {
    AND: [
      commitmentScopeWhere(actor),
      { status: "ACTIVE" },
      {
        OR: [
          { latestPercent: null },
          { latestPercent: { lt: 100 } },
          { AND: [runningTargetWhere(), { deadline: { gte: todayDate } }] },
        ],
      },
      {
        OR: [
          { updates: { none: updatedThisMonth(today) } },
          { deadline: { gte: todayDate, lte: plusDays(today, DUE_SOON_DAYS) } },
          { deadline: { lt: todayDate } },
        ],
      },
    ],
  };
}

export type NeedsUpdateReason = "noUpdateThisMonth" | "dueSoon" | "overdue";

/** Why a commitment is on the list, for the page to say so. */
export function needsUpdateReasons(deadline: string, today: string, updatesThisMonth: number): NeedsUpdateReason[] {
  const daysLeft = daysBetween(today, deadline);
  const reasons: NeedsUpdateReason[] = [];
  if (daysLeft < 0) reasons.push("overdue");
  else if (daysLeft <= DUE_SOON_DAYS) reasons.push("dueSoon");
  if (updatesThisMonth === 0) reasons.push("noUpdateThisMonth");
  return reasons;
}
