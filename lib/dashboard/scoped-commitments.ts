import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { commitmentWhere, lightOn } from "@/lib/commitments/commitment-list-sql";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { commitmentsAsOf } from "./as-of-sql";

export interface DashboardScope {
  actor: Actor;
  reportId: number;
  /** The day described. */
  asOf: string;
  /** Today: the figures kept on the Commitment row are current, no history needs reading. */
  today: string;
}

/**
 * The commitments the dashboard counts, with their light on `asOf`, as a subquery for a CTE.
 * Scope and report filter are the list's own WHERE, so an official counts what they can list.
 */
export function scopedCommitments(scope: DashboardScope): Prisma.Sql {
  const current = scope.asOf === scope.today;
  const source = current ? Prisma.sql`"Commitment" c` : Prisma.sql`${commitmentsAsOf(scope.asOf)} c`;
  const light = lightOn("c", scope.asOf);
  const where = commitmentWhere(scope.actor, parseCommitmentFilters({ report: String(scope.reportId) }), light);
  return Prisma.sql`(
    SELECT c."id", c."sectionId", c."leadDepartmentId", c."position", c."indicator", c."deadline", c."latestPercent", ${light} AS "light"
    FROM ${source} ${where})`;
}
