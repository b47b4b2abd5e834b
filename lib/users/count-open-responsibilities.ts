import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

/** The open commitments `userIds` are the responsible official of: what they still answer for. */
export function openResponsibilitiesWhere(userIds: readonly number[]): Prisma.CommitmentWhereInput {
  return { responsibleUserId: { in: [...userIds] }, status: { in: [...OPEN_STATUSES] } };
}

/**
 * How many open commitments each of `userIds` is the responsible official of (those with none are
 * left out): what disabling them would leave behind, said in the users page's question before it
 * is refused. One grouped statement for the page's users (an index scan per id), not one per row.
 */
export async function countOpenResponsibilities(userIds: readonly number[]): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.commitment.groupBy({ by: ["responsibleUserId"], where: openResponsibilitiesWhere(userIds), _count: { _all: true } });
  return new Map(rows.map((r) => [r.responsibleUserId!, r._count._all]));
}
