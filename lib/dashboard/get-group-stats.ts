import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LeagueSort } from "./dashboard-params";
import { meanPercentSql } from "./mean-percent-sql";
import { scopedCommitments, type DashboardScope } from "./scoped-commitments";

export interface GroupStats {
  /** Section or department id; null for commitments without a lead department. */
  id: number | null;
  /** Section "三(一) 标题" or department name; null without a lead department. */
  name: string | null;
  /** Section code "三(一)" or department name: what fits on a chart axis. */
  shortName: string | null;
  total: number;
  meanPercent: number | null;
  completed: number;
  overdue: number;
  /** Closed as not delivered (未完成办结): counted, so a row's columns account for its closings too. */
  unmet: number;
  atRisk: number;
}

// `byName` is what the name column sorts by; `display` the groups' own order, which breaks ties
// (equal scores) and orders an unsorted list. Sections go in report order. Departments go by id:
// the order the departments admin page lists them in (as created, the seeded list in the
// government's own order of its bureaus), and the one the ledger's summary sheet (汇总) and its
// sheets per department follow, so departments tied on the dashboard's league table stand in the
// same order as in the ledger handed up — not by name there and by id here.
const GROUPS = {
  section: { key: `x."sectionId"`, join: `JOIN "Section" g ON g.id = x."sectionId"`, name: `g."code" || ' ' || g."title"`, short: `g."code"`, byName: `MIN(g."order")`, display: `MIN(g."order")` },
  department: { key: `x."leadDepartmentId"`, join: `LEFT JOIN "Department" g ON g.id = x."leadDepartmentId"`, name: `g."name"`, short: `g."name"`, byName: `g."name"`, display: `x."leadDepartmentId"` },
} as const;

const SORT_SQL: Record<Exclude<LeagueSort, "name">, string> = {
  total: `"total"`,
  meanPercent: `"meanPercent"`,
  completed: `"completed"`,
  overdue: `"overdue"`,
  unmet: `"unmet"`,
  atRisk: `"atRisk"`,
};

/**
 * Completion per section (in report order) or per lead department (a league table, sorted as
 * asked, ties in the departments' own order, those without a lead last), every figure
 * aggregated by PostgreSQL.
 */
export async function getGroupStats(scope: DashboardScope, by: "section" | "department", sort?: { sort: LeagueSort; dir: "asc" | "desc" }): Promise<GroupStats[]> {
  const g = GROUPS[by];
  const order = sort
    ? `${sort.sort === "name" ? g.byName : SORT_SQL[sort.sort]} ${sort.dir === "desc" ? "DESC" : "ASC"} NULLS LAST, ${g.display} NULLS LAST`
    : `${g.display} NULLS LAST`;
  return (db.$queryRaw<GroupStats[]>`
    WITH x AS ${scopedCommitments(scope)}
    SELECT ${Prisma.raw(g.key)} AS "id", ${Prisma.raw(g.name)} AS "name", ${Prisma.raw(g.short)} AS "shortName", COUNT(*)::int AS "total",
           ${meanPercentSql(`x."latestPercent"`, `x."light"`)}::float8 AS "meanPercent",
           COUNT(*) FILTER (WHERE x."light" IN ('COMPLETED', 'VERIFIED'))::int AS "completed",
           COUNT(*) FILTER (WHERE x."light" = 'OVERDUE')::int AS "overdue",
           COUNT(*) FILTER (WHERE x."light" = 'UNMET')::int AS "unmet",
           COUNT(*) FILTER (WHERE x."light" IN ('AT_RISK', 'BEHIND'))::int AS "atRisk"
    FROM x ${Prisma.raw(g.join)}
    GROUP BY ${Prisma.raw(g.key)}, ${Prisma.raw(g.name)}, ${Prisma.raw(g.short)}
    ORDER BY ${Prisma.raw(order)}`);
}
