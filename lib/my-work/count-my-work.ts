import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { departmentCommitmentIds } from "@/lib/commitments/commitment-list-sql";
import { db } from "@/lib/db";
import { runningTargetSql, sqlStringList } from "@/lib/progress/status-light-sql";
import { awaitingVerificationCondition } from "@/lib/reviews/awaiting-verification-sql";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { todayIsoDay } from "@/lib/time/today";
import { DUE_SOON_DAYS, monthStart } from "./needs-update-where";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

// Constants written into the statement, as the literals were: the plan stays the same.
const OPEN_STATUSES_SQL = Prisma.raw(sqlStringList(OPEN_STATUSES));

/** The badge stops counting here and shows "99+": the exact figure is on the my-work page. */
const BADGE_CAP = 100;

/**
 * The number on the "my work" badge: for officials, commitments needing an update plus returned
 * updates to answer; for reviewers, updates and change requests waiting for a decision and
 * commitments waiting to be verified (the reviewer's my-work lists the same three). Capped at
 * BADGE_CAP.
 *
 * It runs on every page, so it is one SQL statement shaped for the indexes: the official's
 * commitments come from two index scans (lead, supporting), never from a scan of every
 * commitment, which is what the Prisma `where` of the my-work list (same rules, see
 * needs-update-where.ts) turns into. tests/integration/workflow-my-work.test.ts keeps the two equal.
 */
async function countWork(actor: Actor, today: string): Promise<number> {
  if (actor.role === "OFFICIAL") {
    if (actor.departmentId == null) return 0;
    const [row] = await db.$queryRaw<{ count: number }[]>(officialWorkSql(actor.departmentId, today));
    return Math.min(row.count, BADGE_CAP);
  }
  if (actor.role === "REVIEWER") {
    const [row] = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
      SELECT (SELECT count(*) FROM (SELECT 1 FROM "ProgressUpdate" WHERE "state" = 'SUBMITTED' LIMIT ${BADGE_CAP}) u)::int
           + (SELECT count(*) FROM (SELECT 1 FROM "ChangeRequest" WHERE "state" = 'PENDING' LIMIT ${BADGE_CAP}) r)::int
           + (SELECT count(*) FROM (SELECT 1 FROM "Commitment" c WHERE ${awaitingVerificationCondition(today)} LIMIT ${BADGE_CAP}) v)::int AS count`);
    return Math.min(row.count, BADGE_CAP);
  }
  return 0;
}

/** The badge's text: nothing at zero, "99+" from the cap on. */
export function badgeText(count: number): string | undefined {
  if (count <= 0) return undefined;
  return count >= BADGE_CAP ? `${BADGE_CAP - 1}+` : String(count);
}

const countCached = snapshotCached(countWork, { key: (actor, today) => [actor.role, actor.departmentId, today], max: 500 });

export function countMyWork(actor: Actor, today: string = todayIsoDay()): Promise<number> {
  return countCached(actor, today);
}

function officialWorkSql(departmentId: number, today: string): Prisma.Sql {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Not a day: ${today}`);
  return Prisma.sql`
    WITH scope AS (${departmentCommitmentIds(departmentId)})
    SELECT (
      SELECT count(*) FROM (
        SELECT 1 FROM scope JOIN "Commitment" c ON c.id = scope.id
        WHERE c."status" = 'ACTIVE'
          AND (c."latestPercent" IS NULL OR c."latestPercent" < 100
               OR (${Prisma.raw(runningTargetSql((name) => `c."${name}"`))} AND c."deadline" >= ${today}::date))
          AND (NOT EXISTS (SELECT 1 FROM "ProgressUpdate" u
                           WHERE u."commitmentId" = c.id AND u."createdAt" >= ${monthStart(today)}
                             AND u."state" IN ('SUBMITTED', 'APPROVED'))
               OR c."deadline" <= ${today}::date + ${DUE_SOON_DAYS}::int)
        LIMIT ${BADGE_CAP}) needs
    )::int + (
      SELECT count(*) FROM (
        SELECT 1 FROM scope JOIN "ProgressUpdate" u ON u."commitmentId" = scope.id AND u."state" = 'RETURNED'
        JOIN "Commitment" c ON c.id = scope.id AND c."status" IN (${OPEN_STATUSES_SQL})
        WHERE NOT EXISTS (SELECT 1 FROM "ProgressUpdate" r WHERE r."resubmitsId" = u.id)
        LIMIT ${BADGE_CAP}) returned
    )::int AS count`;
}
