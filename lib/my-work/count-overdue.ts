import "server-only";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { lightExpression } from "@/lib/commitments/commitment-list-sql";
import { db } from "@/lib/db";

/**
 * Commitments overdue today, every report's: the misses the supervising office chases or closes
 * as not delivered (未完成办结). The deadline test first, so the index on it narrows the rows the
 * light is computed for.
 */
async function loadCountOverdue(today: string): Promise<number> {
  const [{ count }] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM "Commitment" c
    WHERE c."deadline" < ${today}::date AND ${lightExpression(today)} = 'OVERDUE'`;
  return count;
}

export const countOverdue = snapshotCached(loadCountOverdue);
