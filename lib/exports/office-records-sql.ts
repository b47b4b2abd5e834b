import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { WAITING_REMINDER_SQL } from "@/lib/reminders/waiting-reminder";
import { sqlStringList } from "@/lib/progress/status-light-sql";

// The office's records of commitments (office-records.ts) in SQL, each read set-based for a
// whole batch of rows: one aggregate over the rows' ids, never a query per row.

const beijingDay = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`);

/**
 * The approved 延期 / 调整 of the commitments whose ids `ids` (an SQL expression of int[] or a
 * subquery's list, used in `= ANY`) names, one row per commitment: "commitmentId" and "changes",
 * a JSON array of ApprovedChangeRow (ApprovedChange and the request's id) oldest first. A request stores only what it asked for: what
 * stood before is the previous approved request of its kind, or the report's own (original*).
 * With `within`, only those approved in those Beijing days (the earlier still say what stood).
 */
export function approvedChangesSql(commitmentIds: Prisma.Sql, within?: { start: string; end: string }): Prisma.Sql {
  const period = within ? Prisma.sql`WHERE r."day" BETWEEN ${within.start} AND ${within.end}` : Prisma.empty;
  return Prisma.sql`(
    SELECT r."commitmentId",
           json_agg(json_build_object(
             'id', r."id", 'kind', r."kind", 'day', r."day",
             'fromDeadline', r."fromDeadline", 'toDeadline', r."toDeadline",
             'fromValue', r."fromValue", 'fromMin', r."fromMin", 'fromMax', r."fromMax",
             'toValue', r."toValue", 'toMin', r."toMin", 'toMax', r."toMax") ORDER BY r."reviewedAt", r."id") AS "changes"
    FROM (
      SELECT r."id", r."commitmentId", r."kind", r."reviewedAt", ${beijingDay('r."reviewedAt"')} AS "day",
             CASE WHEN ROW_NUMBER() OVER w = 1 THEN to_char(o."originalDeadline", 'YYYY-MM-DD') ELSE to_char(LAG(r."proposedDeadline") OVER w, 'YYYY-MM-DD') END AS "fromDeadline",
             to_char(r."proposedDeadline", 'YYYY-MM-DD') AS "toDeadline",
             (CASE WHEN ROW_NUMBER() OVER w = 1 THEN o."originalTargetValue" ELSE LAG(r."proposedValue") OVER w END)::text AS "fromValue",
             (CASE WHEN ROW_NUMBER() OVER w = 1 THEN o."originalTargetMin" ELSE LAG(r."proposedMin") OVER w END)::text AS "fromMin",
             (CASE WHEN ROW_NUMBER() OVER w = 1 THEN o."originalTargetMax" ELSE LAG(r."proposedMax") OVER w END)::text AS "fromMax",
             r."proposedValue"::text AS "toValue", r."proposedMin"::text AS "toMin", r."proposedMax"::text AS "toMax"
      FROM "ChangeRequest" r
      JOIN "Commitment" o ON o.id = r."commitmentId"
      WHERE r."commitmentId" = ANY(${commitmentIds}) AND r."state" = 'APPROVED' AND r."reviewedAt" IS NOT NULL
      WINDOW w AS (PARTITION BY r."commitmentId", r."kind" ORDER BY r."reviewedAt", r."id")) r
    ${period}
    GROUP BY r."commitmentId")`;
}

/**
 * The closing in force of the "Commitment" row aliased `table` as OfficeDecision JSON (null while
 * it is open): the verification or the 未完成办结 with its Beijing day and note, as the row holds
 * it now (a reopening clears it). `status` is the status to read.
 */
export function officeDecisionSql(table: string, status: string = `${table}."status"`): Prisma.Sql {
  const s = Prisma.raw(status);
  const col = (name: string) => `${table}."${name}"`;
  return Prisma.sql`CASE
      WHEN ${s} = 'VERIFIED' AND ${Prisma.raw(col("verifiedAt"))} IS NOT NULL
        THEN json_build_object('kind', 'VERIFIED', 'day', ${beijingDay(col("verifiedAt"))}, 'note', ${Prisma.raw(col("verifyNote"))})
      WHEN ${s} = 'UNMET' AND ${Prisma.raw(col("unmetAt"))} IS NOT NULL
        THEN json_build_object('kind', 'UNMET', 'day', ${beijingDay(col("unmetAt"))}, 'note', ${Prisma.raw(col("unmetNote"))})
    END`;
}

/**
 * The closing in force on a past day as OfficeDecision JSON, from the row of commitmentsAsOf
 * aliased `asOf`: its status and its closing's day and note, as they were then whatever was
 * reopened since. A closing older than CommitmentClosure (none recorded) is read from the
 * "Commitment" row aliased `row`, as commitmentsAsOf reads its status.
 */
export function officeDecisionAsOfSql(asOf: string, row: string): Prisma.Sql {
  const col = (name: string) => Prisma.raw(`${asOf}."${name}"`);
  return Prisma.sql`CASE
      WHEN ${col("closingAt")} IS NULL THEN ${officeDecisionSql(row, `${asOf}."status"`)}
      WHEN ${col("status")} IN ('VERIFIED', 'UNMET')
        THEN json_build_object('kind', ${col("status")}, 'day', ${beijingDay(`${asOf}."closingAt"`)}, 'note', ${col("closingNote")})
    END`;
}

/**
 * The newest reminder (催办) still waiting of each commitment `ids` names, as the list's 催办待回复
 * filter reads one (unanswered, not ended, its commitment open): "commitmentId" and "reminder",
 * WaitingReminder JSON.
 */
export function waitingRemindersSql(commitmentIds: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (m."commitmentId") m."commitmentId", json_build_object('day', ${beijingDay('m."createdAt"')}, 'note', m."note") AS "reminder"
    FROM "Reminder" m
    JOIN "Commitment" o ON o.id = m."commitmentId"
    WHERE m."commitmentId" = ANY(${commitmentIds}) AND ${WAITING_REMINDER_SQL} AND o."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})
    ORDER BY m."commitmentId", m."createdAt" DESC, m."id" DESC)`;
}

