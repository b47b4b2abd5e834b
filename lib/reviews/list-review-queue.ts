import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { departmentCommitmentIds } from "@/lib/commitments/commitment-list-sql";
import { db } from "@/lib/db";
import { QUEUE_COUNT_CAP } from "./review-queue-cap";
import { formatNumber, formatTarget } from "@/lib/commitments/format-target";
import type { Locale } from "@/lib/i18n/translate";
import { toIsoDay } from "@/lib/progress/iso-day";
import { toUpdateView, updateViewSelect } from "@/lib/updates/update-view";
import type { UpdateView } from "@/lib/updates/types";
import { departmentWhere } from "./department-where";
import { REVIEW_PAGE_SIZE, type TReviewQueueFilters } from "./review-queue-filters";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { countWaitingUpdates } from "@/lib/updates/count-waiting-updates";
import { readingCautions, type ReadingCautions } from "./reading-cautions";
import { calendarDaysSince } from "@/lib/time/calendar-days-since";

/** The cautions (readingCautions): timesTarget, supersededBy, fallsBelow. */
export interface ReviewQueueItem extends ReadingCautions {
  update: UpdateView;
  /** Calendar days (Beijing) the update has waited since it was submitted: 0 the day it came. */
  waitingDays: number;
  commitment: {
    id: number;
    indicator: string;
    kind: "NUMERIC" | "MILESTONE";
    target: string;
    unit: string | null;
    deadline: string;
    leadDepartment: string | null;
    /** Updates of this commitment waiting, this one included: more than one are best decided together. */
    waiting: number;
  };
  /** For a resubmission, the returned reading it answers: what was sent and why it came back. */
  answers: { asOf: string; actualValue: string | null; done: boolean | null; reviewNote: string | null; reviewerName: string | null; reviewerDisabled: boolean } | null;
}


/**
 * How many updates wait, up to QUEUE_COUNT_CAP + 1. Counting a backlog exactly meant reading
 * every waiting row on every review page (and after every approval, which changes the snapshot):
 * 25–70 ms for 50,000 waiting updates, more while approvals leave dead rows behind. Prisma's
 * count was worse still (a subquery of ids, read from the table).
 */
async function countWaiting(departmentId: number | undefined): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: number }[]>(
    departmentId === undefined
      ? Prisma.sql`SELECT count(*)::int AS count FROM (
          SELECT 1 FROM "ProgressUpdate" WHERE "state" = 'SUBMITTED' LIMIT ${QUEUE_COUNT_CAP + 1}) waiting`
      : Prisma.sql`SELECT count(*)::int AS count FROM (
          SELECT 1 FROM "ProgressUpdate" u
          WHERE u."state" = 'SUBMITTED' AND u."commitmentId" IN (${departmentCommitmentIds(departmentId)})
          LIMIT ${QUEUE_COUNT_CAP + 1}) waiting`,
  );
  return count;
}

/** Submitted updates waiting for a reviewer, oldest first (first come, first reviewed), without their age. */
async function loadListReviewQueue(filters: TReviewQueueFilters, locale: Locale) {
  const where = { state: "SUBMITTED" as const, commitment: departmentWhere(filters.department) };
  const [total, rows] = await Promise.all([
    countWaiting(filters.department),
    db.progressUpdate.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        ...updateViewSelect,
        resubmits: { select: { asOf: true, actualValue: true, done: true, reviewNote: true, reviewer: { select: { displayName: true, disabled: true } } } },
        commitment: {
          select: {
            id: true, indicator: true, kind: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, unit: true, quote: true, deadline: true,
            latestAsOf: true, latestUpdateId: true, latestActual: true, baseline: true,
            leadDepartment: { select: { name: true } },
          },
        },
      },
    }),
  ]);
  const waitingOf = await countWaitingUpdates(db, rows.map((r) => r.commitment.id));
  const items: Omit<ReviewQueueItem, "waitingDays">[] = rows.map(({ commitment: c, resubmits, ...row }) => ({
    update: toUpdateView(row),
    commitment: {
      id: c.id,
      indicator: c.indicator,
      kind: c.kind,
      target: formatTarget(c, locale),
      unit: c.unit,
      deadline: toIsoDay(c.deadline),
      leadDepartment: c.leadDepartment?.name ?? null,
      waiting: waitingOf.get(c.id) ?? 1,
    },
    ...readingCautions(c, row, locale),
    answers: resubmits && {
      asOf: toIsoDay(resubmits.asOf),
      actualValue: resubmits.actualValue === null ? null : formatNumber(resubmits.actualValue),
      done: resubmits.done,
      reviewNote: resubmits.reviewNote,
      reviewerName: resubmits.reviewer?.displayName ?? null,
      reviewerDisabled: resubmits.reviewer?.disabled ?? false,
    },
  }));
  const capped = total > QUEUE_COUNT_CAP;
  return { items, total: Math.min(total, QUEUE_COUNT_CAP), capped, pages: Math.max(1, Math.ceil(Math.min(total, QUEUE_COUNT_CAP) / REVIEW_PAGE_SIZE)) };
}

const loadCached = snapshotCached(loadListReviewQueue);

/** The queue as of `now`: the rows come from the snapshot cache, how long each waited is counted here. */
export async function listReviewQueue(filters: TReviewQueueFilters, locale: Locale = "zh", now: Date = new Date()) {
  const queue = await loadCached(filters, locale);
  const items: ReviewQueueItem[] = queue.items.map((item) => ({
    ...item,
    waitingDays: calendarDaysSince(item.update.createdAt, now),
  }));
  return { ...queue, items };
}
