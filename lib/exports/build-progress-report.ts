import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { commitmentWhere } from "@/lib/commitments/commitment-list-sql";
import { isNarrowed, type TCommitmentFilters } from "@/lib/commitments/filters";
import { lightOn } from "@/lib/commitments/commitment-list-sql";
import { commitmentsAsOf } from "@/lib/dashboard/as-of-sql";
import type { ReportChoice } from "@/lib/dashboard/pick-report";
import type { StatusLight } from "@/lib/progress/status-light";
import type { Period } from "./parse-period";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TargetText } from "@/lib/commitments/format-target";
import { meanPercentSql } from "@/lib/dashboard/mean-percent-sql";
import type { ApprovedChange, ApprovedChangeRow, OfficeDecision } from "./office-records";
import { percentNow, remeasuredPercents } from "@/lib/updates/remeasured-percents";
import { approvedChangesSql, officeDecisionAsOfSql } from "./office-records-sql";

export interface PeriodUpdate {
  asOf: string;
  percent: number | null;
  actual: string | null;
  done: boolean | null;
  narrative: string;
}

export interface ProgressReportItem extends TargetText {
  id: number;
  sectionCode: string;
  indicator: string;
  kind: "NUMERIC" | "MILESTONE";
  unit: string | null;
  quote: string;
  deadline: string;
  lightBefore: StatusLight;
  lightNow: StatusLight;
  percentBefore: number | null;
  percentNow: number | null;
  /**
   * The readings approved whose figures fall in the period, oldest first: of two of one day only
   * the one that counts (sent later, as the commitment's figures and chart read them), each percent
   * measured against the row's target.
   */
  updates: PeriodUpdate[];
  /**
   * 延期 / 调整 approved from the period's start to the day the report is made (Beijing days),
   * oldest first, each saying whether the row's target and deadline are those it set.
   */
  changes: PeriodChange[];
  /** The office's 核验 or 未完成办结, when it was decided in the period (to closingsOn) and stands on closingsOn. */
  decision: OfficeDecision | null;
}

export interface PeriodChange extends ApprovedChange {
  /**
   * Whether the row reads it: a 延期 in force on closingsOn, a 调整 up to the one the row's
   * figure is measured against. A later one (approved after the period's end, and not applied)
   * is said as such: the target stated is still the one before it.
   */
  applied: boolean;
  /** Approved after the period's end (`end`). */
  afterPeriod: boolean;
}

export interface ProgressReportDepartment {
  /** Lead department; null for commitments without one. */
  name: string | null;
  total: number;
  overdue: number;
  /** Closed as not delivered (未完成办结). */
  unmet: number;
  atRisk: number;
  items: ProgressReportItem[];
}

export interface ProgressReport {
  report: ReportChoice;
  period: Period;
  /** The day the "now" side is judged on: the period's end, or today while the period runs. */
  end: string;
  /**
   * The day the office's decisions — closings (核验, 未完成办结, 撤销), 延期 and 调整 — are read
   * on: `end`, except for a whole year's report made after the year, which reads those in force on
   * the day it is made (today).
   */
  closingsOn: string;
  totals: { total: number; updates: number; changed: number; overdue: number; unmet: number; atRisk: number; completed: number };
  /** 平均完成率 at the end, as the dashboard's (meanPercentSql); null when no commitment counts. */
  meanPercent: number | null;
  departments: ProgressReportDepartment[];
  /** What part of the report it covers: an official's department (their scope), and whether the list's filters narrowed it. */
  scope: { department: string | null; filtered: boolean };
}

type Row = Omit<ProgressReportItem, "deadline" | "changes" | "updates"> & {
  deadline: Date;
  updates: (PeriodUpdate & { id: number })[];
  changes: ApprovedChangeRow[] | null;
  /** The 调整 whose target the row states (null: the report's own). */
  targetChangeId: number | null;
  latestUpdateId: number | null;
  baseline: string | null;
  originalTargetValue: string | null;
  originalTargetMin: string | null;
  originalTargetMax: string | null;
  totalMean: number | null;
  department: string | null;
  leadDepartmentId: number | null;
  deptTotal: number;
  deptOverdue: number;
  deptUnmet: number;
  deptAtRisk: number;
  totalCount: number;
  totalUpdates: number;
  totalChanged: number;
  totalOverdue: number;
  totalUnmet: number;
  totalAtRisk: number;
  totalCompleted: number;
};

/**
 * The progress report of a period: every commitment of the list for `filters` (the actor's scope),
 * grouped by lead department, overdue and behind / at-risk first, with its light at the end of
 * the period beside its light at the end of the previous one — both computed from the updates
 * approved with figures up to that day — and the updates whose figures fall in the period.
 * One query; PostgreSQL counts, JS only splits the ordered rows into departments.
 *
 * A whole year made after its 12-31 reads the office's decisions on the day it is made
 * (closingsOn): the year-end decisions — a 未完成办结 waits for the deadline, so for a 12-31 target
 * it always comes after the year — are the year's account, and so are the 延期 and 调整 approved
 * since (a target lowered in January is the one the year's figures were then approved against).
 * The figures stay those of the period's end, as for a month or a quarter: the readings dated in
 * the year (approved whenever), and the light of a commitment still open judged on 12-31. A
 * commitment closed on closingsOn shows its closing (已核验, 未完成办结, 已撤销) whatever its
 * figures; one closed then reopened by closingsOn is open again, and its light is the year-end
 * one. A month or a quarter reads its decisions at its end (a past December shows none taken
 * after it); a year still running reads them today, which is its end, as the current month does.
 *
 * The target a row states is the one its figure (and so its percent and light) is measured
 * against: the 调整 in force on closingsOn when it re-measured that figure, else the last one
 * approved before the figure was — a June figure approved in July under a target adjusted in
 * July is measured against the July target, though the June report reads decisions on 06-30.
 * The 延期 / 调整 approved after the period's end are listed too, each saying whether it applies.
 */
export async function buildProgressReport(actor: Actor, report: ReportChoice, period: Period, filters: TCommitmentFilters, today: string): Promise<ProgressReport> {
  const end = period.end < today ? period.end : today;
  const closingsOn = period.kind === "year" ? today : end;
  const previousEnd = period.previousEnd < end ? period.previousEnd : end;
  const lightNow = lightOn("c", end);
  const lightBefore = lightOn("p", previousEnd);
  const where = commitmentWhere(actor, { ...filters, report: report.id }, lightNow);
  // An official's report says whose it is (scopeLine): their department's name, read beside the rows.
  const department = actor.role === "OFFICIAL" && actor.departmentId !== null ? db.department.findUnique({ where: { id: actor.departmentId }, select: { name: true } }) : null;
  const [rows, official] = await Promise.all([db.$queryRaw<Row[]>`
    WITH x AS (
      SELECT c.id, c."position", c."indicator", c."kind", c."unit", c."deadline", c."leadDepartmentId", s."code" AS "sectionCode",
             c."comparator", c."quote", c."status",
             -- The target its figure's percent was measured against (adj), else the report's own.
             adj.id AS "targetChangeId", c."latestUpdateId", c."baseline"::text AS "baseline",
             o."originalTargetValue"::text AS "originalTargetValue", o."originalTargetMin"::text AS "originalTargetMin", o."originalTargetMax"::text AS "originalTargetMax",
             (CASE WHEN adj.id IS NULL THEN o."originalTargetValue" ELSE adj."proposedValue" END)::text AS "targetValue",
             (CASE WHEN adj.id IS NULL THEN o."originalTargetMin" ELSE adj."proposedMin" END)::text AS "targetMin",
             (CASE WHEN adj.id IS NULL THEN o."originalTargetMax" ELSE adj."proposedMax" END)::text AS "targetMax",
             -- The closing in force on closingsOn, with its day and note as they were then.
             ${officeDecisionAsOfSql("c", "o")} AS "closingAtEnd",
             c."latestPercent"::float8 AS "percentNow", ${lightNow} AS "lightNow",
             p."latestPercent"::float8 AS "percentBefore", ${lightBefore} AS "lightBefore"
      FROM ${commitmentsAsOf(end, closingsOn)} c
      JOIN ${commitmentsAsOf(previousEnd)} p ON p.id = c.id
      JOIN "Section" s ON s.id = c."sectionId"
      JOIN "Commitment" o ON o.id = c.id
      -- The figure (latest approved reading up to the end) and when it was approved.
      LEFT JOIN "ProgressUpdate" fig ON fig.id = c."latestUpdateId"
      -- The figure's target: the 调整 in force on closingsOn (commitmentsAsOf's) when there is no
      -- figure (or no day it was approved) or when it re-measured the figure; else the last
      -- approved before the figure was, which computed the percent the figure keeps (approved
      -- after the period's end, for a late June figure).
      LEFT JOIN LATERAL (SELECT r.id, r."proposedValue", r."proposedMin", r."proposedMax" FROM "ChangeRequest" r
                         WHERE r."commitmentId" = c.id AND r."kind" = 'ADJUST_TARGET' AND r."state" = 'APPROVED'
                           AND ((r.id = c."adjustmentId" AND (fig."reviewedAt" IS NULL OR c."adjustmentRemeasuredUpdateId" = fig.id))
                                OR r."reviewedAt" <= fig."reviewedAt")
                         ORDER BY r."reviewedAt" DESC, r.id DESC LIMIT 1) adj ON true
      ${where}),
    -- Read once for all the rows: the estimate of x's rows (one) must not make it run per row.
    ch AS MATERIALIZED (SELECT * FROM ${approvedChangesSql(Prisma.sql`ARRAY(SELECT x.id FROM x)`, { start: period.start, end: today })} ch)
    SELECT x.*, d."name" AS "department", COALESCE(pu."updates", '[]'::json) AS "updates", ch."changes",
           CASE WHEN x."closingAtEnd"->>'day' BETWEEN ${period.start} AND ${closingsOn} THEN x."closingAtEnd" END AS "decision",
           (${meanPercentSql(`x."percentNow"`, `x."lightNow"`)} OVER ())::float8 AS "totalMean",
           (COUNT(*) OVER dept)::int AS "deptTotal",
           (COUNT(*) FILTER (WHERE x."lightNow" = 'OVERDUE') OVER dept)::int AS "deptOverdue",
           (COUNT(*) FILTER (WHERE x."lightNow" = 'UNMET') OVER dept)::int AS "deptUnmet",
           (COUNT(*) FILTER (WHERE x."lightNow" IN ('BEHIND', 'AT_RISK')) OVER dept)::int AS "deptAtRisk",
           (COUNT(*) OVER ())::int AS "totalCount",
           (SUM(COALESCE(pu."count", 0)) OVER ())::int AS "totalUpdates",
           (COUNT(*) FILTER (WHERE x."lightNow" <> x."lightBefore") OVER ())::int AS "totalChanged",
           (COUNT(*) FILTER (WHERE x."lightNow" = 'OVERDUE') OVER ())::int AS "totalOverdue",
           (COUNT(*) FILTER (WHERE x."lightNow" = 'UNMET') OVER ())::int AS "totalUnmet",
           (COUNT(*) FILTER (WHERE x."lightNow" IN ('BEHIND', 'AT_RISK')) OVER ())::int AS "totalAtRisk",
           (COUNT(*) FILTER (WHERE x."lightNow" IN ('COMPLETED', 'VERIFIED')) OVER ())::int AS "totalCompleted"
    FROM x
    LEFT JOIN "Department" d ON d.id = x."leadDepartmentId"
    LEFT JOIN ch ON ch."commitmentId" = x.id
    LEFT JOIN LATERAL (
      SELECT COUNT(*) AS "count",
             json_agg(json_build_object('id', u.id, 'asOf', to_char(u."asOf", 'YYYY-MM-DD'), 'percent', u."percent", 'actual', u."actualValue"::text,
                                        'done', u."done", 'narrative', u."narrative") ORDER BY u."asOf") AS "updates"
      -- Of two readings of one day, the one sent later (the correction) stands, whichever was
      -- approved first: as the commitment's figures (commitmentsAsOf) and its chart read them.
      FROM (SELECT DISTINCT ON (u."asOf") u.* FROM "ProgressUpdate" u
            WHERE u."commitmentId" = x.id AND u."state" = 'APPROVED' AND u."asOf" BETWEEN ${period.start}::date AND ${end}::date
            ORDER BY u."asOf", u.id DESC) u) pu ON true
    WINDOW dept AS (PARTITION BY x."leadDepartmentId")
    -- Departments in their own order (as every department filter lists them), not by the code
    -- points of their names; commitments without a lead last.
    ORDER BY x."leadDepartmentId" NULLS LAST,
             CASE x."lightNow" WHEN 'OVERDUE' THEN 0 WHEN 'UNMET' THEN 1 WHEN 'BEHIND' THEN 2 WHEN 'AT_RISK' THEN 3 ELSE 4 END,
             x."deadline", x."position", x.id`, department]);
  const scope = { department: official?.name ?? null, filtered: isNarrowed(filters) };
  return { report, period, end, closingsOn, totals: totalsOf(rows[0]), meanPercent: rows[0]?.totalMean ?? null, departments: splitByDepartment(rows, end, closingsOn), scope };
}

function totalsOf(first: Row | undefined): ProgressReport["totals"] {
  if (!first) return { total: 0, updates: 0, changed: 0, overdue: 0, unmet: 0, atRisk: 0, completed: 0 };
  return {
    total: first.totalCount,
    updates: first.totalUpdates,
    changed: first.totalChanged,
    overdue: first.totalOverdue,
    unmet: first.totalUnmet,
    atRisk: first.totalAtRisk,
    completed: first.totalCompleted,
  };
}

function splitByDepartment(rows: Row[], end: string, closingsOn: string): ProgressReportDepartment[] {
  const departments: ProgressReportDepartment[] = [];
  let current: ProgressReportDepartment | null = null;
  let currentId: number | null | undefined;
  for (const row of rows) {
    if (current === null || row.leadDepartmentId !== currentId) {
      current = { name: row.department, total: row.deptTotal, overdue: row.deptOverdue, unmet: row.deptUnmet, atRisk: row.deptAtRisk, items: [] };
      currentId = row.leadDepartmentId;
      departments.push(current);
    }
    current.items.push({
      id: row.id,
      sectionCode: row.sectionCode,
      indicator: row.indicator,
      kind: row.kind,
      unit: row.unit,
      comparator: row.comparator,
      targetValue: row.targetValue,
      targetMin: row.targetMin,
      targetMax: row.targetMax,
      quote: row.quote,
      deadline: row.deadline.toISOString().slice(0, 10),
      lightBefore: row.lightBefore,
      lightNow: row.lightNow,
      percentBefore: row.percentBefore,
      percentNow: row.percentNow,
      updates: periodUpdates(row),
      changes: periodChanges(row, end, closingsOn),
      decision: row.decision,
    });
  }
  return departments;
}

/**
 * The period's readings, each percent measured against the row's target as the commitment's page
 * re-measures them (remeasuredPercents: the one it was approved with while the target is the
 * report's own); the figure itself with the row's percent, so the two never differ.
 */
function periodUpdates(row: Row): PeriodUpdate[] {
  const remeasured = remeasuredPercents(row, row.updates.map((u) => ({ ...u, state: "APPROVED", actualValue: u.actual })));
  return row.updates.map(({ id, ...u }) => ({ ...u, percent: id === row.latestUpdateId ? row.percentNow : percentNow({ id, percent: u.percent }, remeasured) }));
}

/** The changes listed, each applied or not: see PeriodChange. */
function periodChanges(row: Row, end: string, closingsOn: string): PeriodChange[] {
  const changes = row.changes ?? [];
  // Adjustments up to the one whose target the row states (listed in approval order); none when
  // that one came before the period, or the target is the report's own.
  const lastApplied = changes.findIndex((c) => c.id === row.targetChangeId);
  return changes.map(({ id: _id, ...change }, i) => ({
    ...change,
    applied: change.kind === "EXTEND_DEADLINE" ? change.day <= closingsOn : i <= lastApplied,
    afterPeriod: change.day > end,
  }));
}
