import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { commitmentWhere, lightExpression } from "@/lib/commitments/commitment-list-sql";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { withdrawnOn } from "./as-of-sql";
import type { DashboardScope } from "./scoped-commitments";

export interface TrendPoint {
  /** "2023-06" */
  month: string;
  /** Updates approved whose figures describe a day of this month (up to the as-of day). */
  approved: number;
  /** Mean percent at the month's end (or the as-of day), from the approved figures up to then. */
  meanPercent: number | null;
}

/**
 * Month by month from January of the report year to the as-of day, at most to the end of the
 * report year or the month of the last approved reading, whichever is later: approved updates per
 * month and mean completion over time, each month's end read as the dashboard reads a past day.
 * One query; the latest figure per commitment and month end is an index probe on
 * ProgressUpdate(commitmentId, asOf).
 */
/** Whether commitment `c` was ever withdrawn with a date (a closing recorded): one hashed lookup. */
const WITHDRAWN_ONCE = Prisma.sql`c.id IN (SELECT k."commitmentId" FROM "CommitmentClosure" k WHERE k."status" = 'WITHDRAWN')`;

export async function getMonthlyTrend(scope: DashboardScope, reportYear: number): Promise<TrendPoint[]> {
  const [start, yearEnd] = [`${reportYear}-01-01`, `${reportYear}-12-31`];
  if (start > scope.asOf) return [];
  // The status filter is not used here, so the light's day does not matter; the scope does.
  const where = commitmentWhere(scope.actor, parseCommitmentFilters({ report: String(scope.reportId) }), lightExpression(scope.asOf));
  // Prisma.sql(...) rather than a generic tagged template: Vite's parser misreads the latter here.
  return (db.$queryRaw<TrendPoint[]>(Prisma.sql`
    WITH scoped AS (
      SELECT c.id, c."latestAsOf",
        -- Whether a target adjustment ever re-measured one of its readings (one hashed lookup):
        -- only those commitments look for the adjustment in force at each month's end.
        c.id IN (SELECT r."commitmentId" FROM "ChangeRequest" r
                 WHERE r."kind" = 'ADJUST_TARGET' AND r."state" = 'APPROVED' AND r."remeasuredUpdateId" IS NOT NULL) AS "adjusted",
        -- Withdrawn at some time (and dated): counted in the months it was not (withdrawnOn).
        ${WITHDRAWN_ONCE} AS "withdrawnOnce"
      FROM "Commitment" c ${where}
        -- A withdrawal older than its dates (no closing recorded) stays out of every month, as on past days.
        AND (c."status" <> 'WITHDRAWN' OR ${WITHDRAWN_ONCE})),
    -- Up to the as-of day, but not years past the report: a report's trend covers its year and any
    -- later month in which readings of it were dated, the months it has figures for (one dated
    -- after its deadline still counts in the headline mean, which the last point then equals). Not
    -- its last deadline: a 延期 to 2027 of a 2023 commitment is no figure, and its months would run
    -- on, flat and empty, to today.
    bounds AS (SELECT LEAST(${scope.asOf}::date, GREATEST(${yearEnd}::date, (SELECT MAX(s."latestAsOf") FROM scoped s))) AS "last"),
    months AS (
      SELECT m::date AS "month", LEAST((m + interval '1 month' - interval '1 day')::date, bounds."last") AS "monthEnd"
      FROM bounds, generate_series(${start}::date, date_trunc('month', bounds."last"), interval '1 month') AS m)
    SELECT to_char(months."month", 'YYYY-MM') AS "month",
      (SELECT COUNT(*)::int FROM "ProgressUpdate" u JOIN scoped s ON s.id = u."commitmentId"
        WHERE u."state" = 'APPROVED' AND u."asOf" BETWEEN months."month" AND months."monthEnd"
          AND NOT (s."withdrawnOnce" AND ${withdrawnOn("s.id", 'months."monthEnd"')})) AS "approved",
      (SELECT AVG(COALESCE(
          -- As the dashboard's past days read it (as-of-sql.ts): the latest adjustment approved
          -- by the month's end gives the percent of the reading it re-measured.
          CASE WHEN s."adjusted" THEN (
            -- (a re-measured reading without a percent is 0, as the dashboard's mean reads it)
            SELECT CASE WHEN r."remeasuredUpdateId" = l.id THEN COALESCE(r."remeasuredPercent", 0) END FROM "ChangeRequest" r
            WHERE r."commitmentId" = s.id AND r."kind" = 'ADJUST_TARGET' AND r."state" = 'APPROVED'
              AND (r."reviewedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date <= months."monthEnd"
            ORDER BY r."reviewedAt" DESC, r.id DESC LIMIT 1) END,
          l."percent", 0))::float8 FROM scoped s
        LEFT JOIN LATERAL (SELECT u.id, u."percent" FROM "ProgressUpdate" u
          WHERE u."commitmentId" = s.id AND u."state" = 'APPROVED' AND u."asOf" <= months."monthEnd"
          ORDER BY u."asOf" DESC, u.id DESC LIMIT 1) l ON true
        WHERE NOT (s."withdrawnOnce" AND ${withdrawnOn("s.id", 'months."monthEnd"')})) AS "meanPercent"
    FROM months ORDER BY months."month"`));
}
