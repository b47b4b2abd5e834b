import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { sqlStringList } from "@/lib/progress/status-light-sql";

/**
 * How many open commitments each department leads or supports (one counted once if it does both):
 * the work that keeps a department from being deactivated, shown beside it in the admin's list
 * and checked by the deactivation itself. Departments with none are absent from the map.
 */
export async function countOpenCommitments(client: Db | Tx, departmentIds: number[]): Promise<Map<number, number>> {
  if (departmentIds.length === 0) return new Map();
  const open = Prisma.raw(sqlStringList(OPEN_STATUSES));
  const rows = await client.$queryRaw<{ departmentId: number; count: number }[]>`
    SELECT owned."departmentId", count(*)::int AS count FROM (
      SELECT c."leadDepartmentId" AS "departmentId", c.id FROM "Commitment" c
       WHERE c."leadDepartmentId" = ANY(${departmentIds}::int[]) AND c."status" IN (${open})
      UNION
      SELECT s."departmentId", s."commitmentId" FROM "CommitmentSupport" s JOIN "Commitment" c ON c.id = s."commitmentId"
       WHERE s."departmentId" = ANY(${departmentIds}::int[]) AND c."status" IN (${open})
    ) owned GROUP BY owned."departmentId"`;
  return new Map(rows.map((r) => [r.departmentId, r.count]));
}
