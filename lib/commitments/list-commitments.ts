import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { StatusLight } from "@/lib/progress/status-light";
import { commitmentOrder, commitmentWhere, lightExpression } from "./commitment-list-sql";
import type { TCommitmentFilters } from "./filters";
import type { TargetText } from "./format-target";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

export interface CommitmentListRow extends TargetText {
  id: number;
  reportId: number;
  position: number;
  sectionCode: string;
  sectionTitle: string;
  indicator: string;
  kind: "NUMERIC" | "MILESTONE";
  deadline: Date;
  /** The year's end put in because the report names no day, and not changed since (延期). */
  deadlineDefault: boolean;
  leadDepartment: string | null;
  /** The lead's id: the bulk owners form offers its officials when every ticked row shares it. */
  leadDepartmentId: number | null;
  latestPercent: string | null;
  latestActual: string | null;
  latestAsOf: Date | null;
  light: StatusLight;
}

/**
 * One page of the commitment list: filters and status light are computed by PostgreSQL from
 * the latest approved figures kept on each row. The page and the total are two queries run
 * side by side: a window count would make a deep page join and sort every matching row.
 */
async function loadListCommitments(actor: Actor, filters: TCommitmentFilters, today: string) {
  const light = lightExpression(today);
  const where = commitmentWhere(actor, filters, light);
  const offset = (filters.page - 1) * filters.size;
  const [rows, [{ count }]] = await Promise.all([
    db.$queryRaw<CommitmentListRow[]>`
      SELECT c.id, c."reportId", c."position", s."code" AS "sectionCode", s."title" AS "sectionTitle",
             c."indicator", c."kind", c."comparator",
             c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
             c."unit", c."quote", c."deadline", (NOT c."deadlineStated" AND NOT c."deadlineSetByAdmin" AND c."deadline" = c."originalDeadline") AS "deadlineDefault", d."name" AS "leadDepartment", c."leadDepartmentId",
             c."latestPercent"::text AS "latestPercent", c."latestActual"::text AS "latestActual", c."latestAsOf",
             ${light} AS "light"
      FROM "Commitment" c
      JOIN "Section" s ON s.id = c."sectionId"
      LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
      ${where}
      ${commitmentOrder(filters)}
      LIMIT ${filters.size} OFFSET ${offset}`,
    db.$queryRaw<{ count: bigint }[]>`SELECT COUNT(*) AS count FROM "Commitment" c ${where}`,
  ]);
  return { rows, total: Number(count) };
}

export const listCommitments = snapshotCached(loadListCommitments, { key: (actor, filters, today) => [actor.role, actor.departmentId, JSON.stringify(filters), today] });
