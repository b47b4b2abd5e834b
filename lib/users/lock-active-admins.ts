import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The active admins' ids, their rows locked until the transaction ends. Whoever would take an
 * admin away (a role change, a disabling) reads them through here: two admins demoting each
 * other at the same moment then run one after the other, and the second sees that only one
 * admin is left — nobody can lock the last admin out.
 */
export async function lockActiveAdminIds(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** Whether taking `userId` away from the admins leaves none (they are one of `activeAdminIds`). */
export function isLastAdmin(activeAdminIds: readonly number[], userId: number): boolean {
  return activeAdminIds.includes(userId) && activeAdminIds.length === 1;
}
