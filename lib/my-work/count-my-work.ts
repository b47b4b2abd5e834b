import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { runningTargetSql, sqlStringList } from "@/lib/progress/status-light-sql";
import { awaitingVerificationCondition } from "@/lib/reviews/awaiting-verification-sql";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { todayIsoDay } from "@/lib/time/today";
import { monthStart } from "./needs-update-where";
import { RETURNED_TO_ANSWER_SQL } from "./returned-updates-where";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { WAITING_REMINDER_SQL } from "@/lib/reminders/waiting-reminder";

/** The badge stops counting here and shows "99+": the exact figure is on the my-work page. */
const BADGE_CAP = 100;

/**
 * The number on the "my work" badge: for officials, commitments not reported this month (and
 * with no return to answer: that return is their to-do) plus returned updates and reminders (催办)
 * to answer; for reviewers, updates and change requests waiting for a decision and
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
  // The department's commitments with the columns both counts need, each read once: the lead
  // ones where their index scan finds them, the supported ones by primary key (ANY(ARRAY(…)), not
  // a join: PostgreSQL hashed the join over all 10,000 commitments). A commitment both led and
  // supported by the department is counted once, as UNION did. 1,649 → 581 buffer reads
  // (1.6 → 0.4 ms) for a bench department, 2,715 → 1,762 on a mid-year day (docs/performance.md,
  // eighth round). A commitment reported this month is no longer to do whatever its deadline, so
  // each open one is probed for this month's readings by the (commitment, createdAt) index — a
  // deadline test used to spare the overdue and due-soon ones the probe (≈ 4 buffers each: bench
  // days +1% in March to +11% in November, +40% in a December where every deadline is near).
  const commitmentColumns = Prisma.raw(`c.id, c."status", c."latestPercent", c."latestAsOf", c."latestUpdateId", c."kind", c."comparator", c."unit", c."targetMin", c."deadline"`);
  return Prisma.sql`
    WITH scope AS (
      SELECT ${commitmentColumns} FROM "Commitment" c WHERE c."leadDepartmentId" = ${departmentId}
      UNION ALL
      SELECT ${commitmentColumns} FROM "Commitment" c
       WHERE c.id = ANY (ARRAY(SELECT s."commitmentId" FROM "CommitmentSupport" s WHERE s."departmentId" = ${departmentId}))
         AND c."leadDepartmentId" IS DISTINCT FROM ${departmentId})
    SELECT (
      SELECT count(*) FROM (
        SELECT 1 FROM scope c
        WHERE c."status" = 'ACTIVE'
          AND (c."latestPercent" IS NULL OR c."latestPercent" < 100
               OR (${Prisma.raw(runningTargetSql((name) => `c."${name}"`))} AND c."deadline" >= ${today}::date))
          AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" u
                          WHERE u."commitmentId" = c.id AND u."createdAt" >= ${monthStart(today)}
                            AND u."state" IN ('SUBMITTED', 'APPROVED'))
          AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" u
                          WHERE u."commitmentId" = c.id AND ${RETURNED_TO_ANSWER_SQL})
        LIMIT ${BADGE_CAP}) needs
    )::int + (
      SELECT count(*) FROM (
        SELECT 1 FROM scope c JOIN "ProgressUpdate" u ON u."commitmentId" = c.id AND u."state" = 'RETURNED'
        WHERE ${RETURNED_TO_ANSWER_SQL}
        LIMIT ${BADGE_CAP}) returned
    )::int + (
      SELECT count(*) FROM (
        SELECT 1 FROM scope c JOIN "Reminder" m ON m."commitmentId" = c.id AND ${WAITING_REMINDER_SQL}
        WHERE c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})
        LIMIT ${BADGE_CAP}) reminders
    )::int AS count`;
}
