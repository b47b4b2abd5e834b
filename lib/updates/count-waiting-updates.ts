import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";

/**
 * How many updates of each commitment wait for review (commitments with none are absent). Raw
 * SQL with the state written as a literal: it is what lets PostgreSQL prove the partial index
 * "ProgressUpdate_submitted_idx" applies (an index-only scan of the listed commitments' waiting
 * updates) — a bound enum parameter would not, and the plan intersected the commitments' index
 * with every waiting update of the state index instead (docs/performance.md, eleventh round).
 */
export async function countWaitingUpdates(client: Db | Tx, commitmentIds: number[]): Promise<Map<number, number>> {
  if (commitmentIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ commitmentId: number; count: number }[]>(Prisma.sql`
    SELECT u."commitmentId", count(*)::int AS count FROM "ProgressUpdate" u
    WHERE u."state" = 'SUBMITTED' AND u."commitmentId" = ANY(${[...new Set(commitmentIds)]}::int[])
    GROUP BY u."commitmentId"`);
  return new Map(rows.map((r) => [r.commitmentId, r.count]));
}
