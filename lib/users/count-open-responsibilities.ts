import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { sqlStringList } from "@/lib/progress/status-light-sql";

/**
 * How many open commitments each of `userIds` is the responsible official of (those with none are
 * left out): what disabling them would leave behind, said in the users page's question before it
 * is refused. One grouped statement for the page's users (an index scan per id), not one per row.
 */
export async function countOpenResponsibilities(userIds: readonly number[]): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ userId: number; count: number }[]>`
    SELECT c."responsibleUserId" AS "userId", count(*)::int AS count
    FROM "Commitment" c
    WHERE c."responsibleUserId" = ANY(${[...userIds]}::int[]) AND c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})
    GROUP BY c."responsibleUserId"`;
  return new Map(rows.map((r) => [r.userId, r.count]));
}
