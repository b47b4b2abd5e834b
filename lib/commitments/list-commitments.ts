import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { StatusLight } from "@/lib/progress/status-light";
import { commitmentOrder, commitmentWhere, lightExpression } from "./commitment-list-sql";
import type { TCommitmentFilters } from "./filters";

export interface CommitmentListRow {
  id: number;
  reportId: number;
  position: number;
  sectionCode: string;
  sectionTitle: string;
  indicator: string;
  kind: "NUMERIC" | "MILESTONE";
  comparator: "AT_LEAST" | "AT_MOST" | "EQUAL" | "GROWTH" | "APPROX" | "RANGE" | null;
  targetValue: string | null;
  targetMin: string | null;
  targetMax: string | null;
  unit: string | null;
  deadline: Date;
  deadlineStated: boolean;
  leadDepartment: string | null;
  latestPercent: string | null;
  latestActual: string | null;
  latestAsOf: Date | null;
  light: StatusLight;
}

/**
 * One page of the commitment list in one query: filters, status light and total count are all
 * computed by PostgreSQL from the latest approved figures kept on each row.
 */
export async function listCommitments(actor: Actor, filters: TCommitmentFilters, today: string) {
  const light = lightExpression(today);
  const offset = (filters.page - 1) * filters.size;
  const rows = await db.$queryRaw<(CommitmentListRow & { total: bigint })[]>`
    SELECT c.id, c."reportId", c."position", s."code" AS "sectionCode", s."title" AS "sectionTitle",
           c."indicator", c."kind", c."comparator",
           c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
           c."unit", c."deadline", c."deadlineStated", d."name" AS "leadDepartment",
           c."latestPercent"::text AS "latestPercent", c."latestActual"::text AS "latestActual", c."latestAsOf",
           ${light} AS "light", COUNT(*) OVER () AS "total"
    FROM "Commitment" c
    JOIN "Section" s ON s.id = c."sectionId"
    LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    ${commitmentWhere(actor, filters, light)}
    ${commitmentOrder(filters)}
    LIMIT ${filters.size} OFFSET ${offset}`;
  const total = rows.length ? Number(rows[0].total) : await countWhenPastTheEnd(actor, filters, light, offset);
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

// A page past the end returns no row to read the window count from.
async function countWhenPastTheEnd(actor: Actor, filters: TCommitmentFilters, light: Prisma.Sql, offset: number) {
  if (offset === 0) return 0;
  const [{ count }] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT COUNT(*) AS count FROM "Commitment" c LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    ${commitmentWhere(actor, filters, light)}`;
  return Number(count);
}
