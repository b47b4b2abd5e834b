import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { inDepartment } from "@/lib/commitments/commitment-list-sql";
import { awaitingVerificationCondition } from "./awaiting-verification-sql";
import { db } from "@/lib/db";
import type { TargetText } from "@/lib/commitments/format-target";
import { toIsoDay } from "@/lib/progress/iso-day";

/** At most this many are listed on /review (rendering them is most of its cost); the commitment list (status=COMPLETED) has the rest. */
export const AWAITING_VERIFICATION_SHOWN = 20;

export interface AwaitingVerificationItem extends TargetText {
  id: number;
  indicator: string;
  kind: "NUMERIC" | "MILESTONE";
  deadline: string;
  latestAsOf: string | null;
  leadDepartment: string | null;
  /** Readings and 延期 / 调整 requests still waiting on it: verifying waits for them (refuseWhileWaiting). */
  waiting: { updates: number; changeRequests: number };
}

interface Row extends Omit<AwaitingVerificationItem, "deadline" | "latestAsOf" | "waiting"> {
  deadline: Date;
  latestAsOf: Date | null;
  waitingUpdates: number;
  waitingChanges: number;
}


/**
 * Commitments a reviewer can verify (核验) today: light COMPLETED, as the commitment list computes
 * it, and approved figures at 100% — what verifyCommitment accepts once nothing waits on it (what
 * waits is read with it and said on the item). VERIFIED and WITHDRAWN have a light of their own, so they never show. Earliest deadline first: those have waited longest.
 */
async function loadListAwaitingVerification(filters: { department?: number }, today: string) {
  const conditions = [awaitingVerificationCondition(today)];
  if (filters.department !== undefined) conditions.push(inDepartment(filters.department));
  const where = Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c."indicator", c."kind", c."comparator",
             c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
             c."unit", c."quote", c."deadline", c."latestAsOf", d."name" AS "leadDepartment",
             (SELECT count(*) FROM "ProgressUpdate" u WHERE u."commitmentId" = c.id AND u."state" = 'SUBMITTED')::int AS "waitingUpdates",
             (SELECT count(*) FROM "ChangeRequest" r WHERE r."commitmentId" = c.id AND r."state" = 'PENDING')::int AS "waitingChanges"
      FROM "Commitment" c
      LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
      ${where}
      ORDER BY c."deadline", c.id
      LIMIT ${AWAITING_VERIFICATION_SHOWN}`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Commitment" c ${where}`,
  ]);
  const items: AwaitingVerificationItem[] = rows.map(({ waitingUpdates, waitingChanges, ...r }) => ({
    ...r,
    deadline: toIsoDay(r.deadline),
    latestAsOf: r.latestAsOf ? toIsoDay(r.latestAsOf) : null,
    waiting: { updates: waitingUpdates, changeRequests: waitingChanges },
  }));
  return { items, total: count };
}

export const listAwaitingVerification = snapshotCached(loadListAwaitingVerification, {
  key: (filters, today) => [filters.department ?? null, today],
});
