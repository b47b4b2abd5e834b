import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toIsoDay } from "@/lib/progress/iso-day";
import { toUpdateView, updateViewSelect } from "@/lib/updates/update-view";
import { monthStart, needsUpdateReasons, needsUpdateWhere, reportedNearDeadlineWhere, type NeedsUpdateReason } from "./needs-update-where";
import { Prisma } from "@/lib/generated/prisma/client";
import { inDepartment } from "@/lib/commitments/commitment-list-sql";
import { RETURNED_TO_ANSWER_SQL } from "./returned-updates-where";
import { REPORT_NAME_SELECT, reportName } from "@/lib/reports/report-name";
import { countWaitingUpdates } from "@/lib/updates/count-waiting-updates";
import { TARGET_VIEW_SELECT, toTargetView, type TargetView } from "@/lib/commitments/target-view";

export interface NeedsUpdateItem {
  id: number;
  indicator: string;
  /** Told apart by it: one indicator may be promised twice (民营经济市场主体 增长10%, ≥ 68万户). */
  target: TargetView;
  /** Its work report's name (reportName): an official's list may hold more than one report's. */
  report: string;
  deadline: string;
  leadDepartment: string | null;
  latestPercent: number | null;
  latestAsOf: string | null;
  reasons: NeedsUpdateReason[];
  /** Its updates already waiting for review: reported, not yet approved (it may still need more). */
  waitingReview: number;
  /** Its readings sent this month and approved since (only a reported commitment has any). */
  approvedThisMonth: number;
}

/** Each list shows at most this many; one more is read to know that more exist. */
export const MY_WORK_SHOWN = 200;
const LIMIT = MY_WORK_SHOWN + 1;

/**
 * An official's to-do list: commitments to report on (earliest deadline first) and returned
 * updates (oldest first), each at most MY_WORK_SHOWN, and whether more are waiting; and, not to
 * do, the overdue or due-soon commitments reported this month, so their deadline stays in sight.
 */
export async function listOfficialWork(actor: Actor, today: string) {
  const [commitments, reported, returned] = await Promise.all([
    commitmentsWithReturnsToAnswer(actor).then((answering) => listCommitments(needsUpdateWhere(actor, today, answering), today)),
    listCommitments(reportedNearDeadlineWhere(actor, today), today),
    listReturnedToAnswer(actor),
  ]);
  const shown = commitments.slice(0, MY_WORK_SHOWN);
  const reportedShown = reported.slice(0, MY_WORK_SHOWN);
  const waitingOf = await countWaitingUpdates(db, [...shown, ...reportedShown].map((c) => c.id));
  const toItem = (reportedThisMonth: boolean) => (c: (typeof commitments)[number]): NeedsUpdateItem => ({
    id: c.id,
    indicator: c.indicator,
    target: toTargetView(c),
    report: reportName(c.report),
    deadline: toIsoDay(c.deadline),
    leadDepartment: c.leadDepartment?.name ?? null,
    latestPercent: c.latestPercent === null ? null : Number(c.latestPercent),
    latestAsOf: c.latestAsOf ? toIsoDay(c.latestAsOf) : null,
    reasons: needsUpdateReasons(toIsoDay(c.deadline), today, reportedThisMonth),
    waitingReview: waitingOf.get(c.id) ?? 0,
    approvedThisMonth: c._count.updates,
  });
  return {
    needsUpdate: shown.map(toItem(false)),
    needsUpdateMore: commitments.length > MY_WORK_SHOWN,
    reportedThisMonth: reportedShown.map(toItem(true)),
    reportedThisMonthMore: reported.length > MY_WORK_SHOWN,
    returned: returned.slice(0, MY_WORK_SHOWN).map(({ commitment, ...row }) => ({
      update: toUpdateView(row),
      indicator: commitment.indicator,
      target: toTargetView(commitment),
      report: reportName(commitment.report),
    })),
    returnedMore: returned.length > MY_WORK_SHOWN,
  };
}

/** The commitments `where` finds, earliest deadline first, one more than shown. */
function listCommitments(where: Prisma.CommitmentWhereInput, today: string) {
  return db.commitment.findMany({
    where,
    orderBy: [{ deadline: "asc" }, { position: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      indicator: true,
      ...TARGET_VIEW_SELECT,
      report: { select: REPORT_NAME_SELECT },
      deadline: true,
      latestPercent: true,
      latestAsOf: true,
      leadDepartment: { select: { name: true } },
      _count: { select: { updates: { where: { state: "APPROVED", createdAt: { gte: monthStart(today) } } } } },
    },
  });
}

/**
 * The official's commitments with a returned reading still to answer, all of them (not only the
 * returns shown): none of them is listed as to report on (needsUpdateWhere).
 */
async function commitmentsWithReturnsToAnswer(actor: Actor): Promise<number[]> {
  if (actor.departmentId == null) return [];
  const rows = await db.$queryRaw<{ commitmentId: number }[]>(Prisma.sql`
    SELECT DISTINCT u."commitmentId" FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId"
    WHERE ${inDepartment(actor.departmentId)} AND ${RETURNED_TO_ANSWER_SQL}`);
  return rows.map((r) => r.commitmentId);
}

/** The official's returned updates to answer, oldest review first (the badge's rule, in SQL). */
async function listReturnedToAnswer(actor: Actor) {
  if (actor.departmentId == null) return [];
  const ids = await db.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT u.id FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId"
    WHERE ${inDepartment(actor.departmentId)} AND ${RETURNED_TO_ANSWER_SQL}
    ORDER BY u."reviewedAt", u.id
    LIMIT ${LIMIT}`);
  const rows = await db.progressUpdate.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: { ...updateViewSelect, commitment: { select: { indicator: true, ...TARGET_VIEW_SELECT, report: { select: REPORT_NAME_SELECT } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((r) => byId.get(r.id)).filter((r) => r !== undefined);
}
