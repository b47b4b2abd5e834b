import { Prisma } from "@/lib/generated/prisma/client";

// The commitments as they stood at the end of a past day, shaped like the "Commitment" table so
// the list's WHERE (commitmentWhere) and the status light SQL run on it unchanged.
//
// The figures are the latest APPROVED update with asOf <= day (ties: the one submitted later wins,
// as applyApprovedFigures does), whenever it was approved: a monthly report written in early
// July must count the June figures approved on July 3rd. So a past day's view can still change
// when late figures are approved — the dashboard says so. The status is the closing (核验,
// 未完成办结, 撤销) in force that day in CommitmentClosure, else the status it had before the next
// closing after that day, else the row's own (a closing older than that table: a verification or
// closing as missed after the day is undone by its date on the row, a withdrawal without a date
// stays). So a commitment reopened since is still read as closed on the days it was. An approval
// taken back leaves the past without that reading. The deadline is the one in force that day: the latest extension (延期) approved by
// then, else the report's own. The percent is the one the update was approved with, except where
// the latest target adjustment (调整) approved by then re-measured that very update against its
// new target: from that day on, the percent it recorded is the figure in force.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(day: string): string {
  if (!ISO_DAY.test(day)) throw new Error(`Not a day: ${day}`);
  return day;
}

/** Beijing day of a timestamp column. */
const beijingDay = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date`);

/** A closing `k` in force at the end of `day` (an SQL date): closed by then, not reopened by then. */
const inForceAt = (day: Prisma.Sql) =>
  Prisma.sql`${beijingDay('k."closedAt"')} <= ${day} AND (k."reopenedAt" IS NULL OR ${beijingDay('k."reopenedAt"')} > ${day})`;

/** The latest approved update per commitment with asOf <= day: one DISTINCT ON scan. */
function latestApprovedAsOf(day: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (u."commitmentId") u."commitmentId", u."id", u."percent", u."asOf", u."actualValue", u."done", u."narrative"
    FROM "ProgressUpdate" u
    WHERE u."state" = 'APPROVED' AND u."asOf" <= ${checkDay(day)}::date
    ORDER BY u."commitmentId", u."asOf" DESC, u."id" DESC)`;
}

/**
 * The latest change request of `kind` approved by the end of `day`, per commitment (Beijing
 * days), with the given columns: a 延期's new deadline, a 调整's re-measured update and percent.
 */
function latestApprovedChange(kind: "EXTEND_DEADLINE" | "ADJUST_TARGET", columns: string[], day: string, options: { required?: string } = {}): Prisma.Sql {
  const selected = Prisma.raw(columns.map((c) => `r."${c}"`).join(", "));
  // A request that lacks the value it exists for does not count (and does not hide an earlier one).
  const required = Prisma.raw(options.required ? ` AND r."${options.required}" IS NOT NULL` : "");
  return Prisma.sql`(
    SELECT DISTINCT ON (r."commitmentId") r."commitmentId", ${selected}
    FROM "ChangeRequest" r
    WHERE r."kind" = ${Prisma.raw(`'${kind}'`)} AND r."state" = 'APPROVED'${required}
      AND ${beijingDay('r."reviewedAt"')} <= ${checkDay(day)}::date
    ORDER BY r."commitmentId", r."reviewedAt" DESC, r."id" DESC)`;
}

/**
 * Whether the commitment `id` (an SQL expression) stood withdrawn at the end of `day` (an SQL
 * date expression, such as a month's end column), by its closings (CommitmentClosure).
 */
export function withdrawnOn(id: string, day: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CommitmentClosure" k
    WHERE k."commitmentId" = ${Prisma.raw(id)} AND k."status" = 'WITHDRAWN' AND ${inForceAt(Prisma.raw(day))})`;
}

/** Per commitment, the closing in force at the end of `day`: closed by then, not reopened by then. */
function closingInForce(day: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (k."commitmentId") k."commitmentId", k."status", k."closedAt", k."note"
    FROM "CommitmentClosure" k
    WHERE ${inForceAt(Prisma.sql`${checkDay(day)}::date`)}
    ORDER BY k."commitmentId", k."closedAt" DESC, k."id" DESC)`;
}

/** Per commitment, the first closing after `day`: the status it had before is the day's. */
function nextClosing(day: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (k."commitmentId") k."commitmentId", k."previousStatus"
    FROM "CommitmentClosure" k
    WHERE ${beijingDay('k."closedAt"')} > ${checkDay(day)}::date
    ORDER BY k."commitmentId", k."closedAt" ASC, k."id" ASC)`;
}

/**
 * A derived table with the columns the list SQL reads, as of the end of `day`. Use it in place of
 * `"Commitment"`: `FROM ${commitmentsAsOf(day)} c`. Beside them, the closing in force that day
 * ("closingAt", "closingNote"; null for a closing older than CommitmentClosure): what the office
 * decided then, which a reopening since has cleared from the row; and the 调整 in force
 * ("adjustmentId", with the update it re-measured, "adjustmentRemeasuredUpdateId").
 *
 * `decisionsOn` (a day not before `day`) reads the office's decisions as of that later day
 * instead: the closings (status, "closingAt", "closingNote"), the deadline of the 延期 in force
 * and the percent a 调整 in force re-measured, the figures staying those dated up to `day`: a
 * year's report made after the year states the year's readings with the decisions taken on them
 * since.
 */
export function commitmentsAsOf(day: string, decisionsOn: string = day): Prisma.Sql {
  checkDay(decisionsOn);
  return Prisma.sql`(
    SELECT c."id", c."reportId", c."sectionId", c."position", c."theme", c."kind", c."indicator", c."quote",
           c."targetValue", c."targetMin", c."targetMax", c."unit", c."comparator", c."baseline",
           COALESCE(x."proposedDeadline", c."originalDeadline") AS "deadline", c."deadlineStated", c."originalDeadline", c."leadDepartmentId",
           COALESCE(k."status", n."previousStatus",
             CASE WHEN c."status" = 'VERIFIED'
                   AND (c."verifiedAt" IS NULL OR ${beijingDay('c."verifiedAt"')} > ${decisionsOn}::date)
                  THEN 'ACTIVE'::"CommitmentStatus"
                  WHEN c."status" = 'UNMET'
                   AND (c."unmetAt" IS NULL OR ${beijingDay('c."unmetAt"')} > ${decisionsOn}::date)
                  THEN 'ACTIVE'::"CommitmentStatus" ELSE c."status" END) AS "status",
           a."actualValue" AS "latestActual",
           CASE WHEN a."id" = t."remeasuredUpdateId" THEN t."remeasuredPercent" ELSE a."percent" END AS "latestPercent",
           a."asOf" AS "latestAsOf", a."id" AS "latestUpdateId",
           k."closedAt" AS "closingAt", k."note" AS "closingNote",
           t."id" AS "adjustmentId", t."remeasuredUpdateId" AS "adjustmentRemeasuredUpdateId"
    FROM "Commitment" c
    LEFT JOIN ${latestApprovedAsOf(day)} a ON a."commitmentId" = c."id"
    LEFT JOIN ${closingInForce(decisionsOn)} k ON k."commitmentId" = c."id"
    LEFT JOIN ${nextClosing(decisionsOn)} n ON n."commitmentId" = c."id"
    LEFT JOIN ${latestApprovedChange("EXTEND_DEADLINE", ["proposedDeadline"], decisionsOn, { required: "proposedDeadline" })} x ON x."commitmentId" = c."id"
    LEFT JOIN ${latestApprovedChange("ADJUST_TARGET", ["id", "remeasuredUpdateId", "remeasuredPercent"], decisionsOn)} t ON t."commitmentId" = c."id")`;
}
