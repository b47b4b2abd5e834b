import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The active admins' ids, their rows locked until the transaction ends. Whoever would take an
 * admin away (a role change, a disabling) reads them through here: two admins demoting each
 * other at the same moment then run one after the other, and the second sees that only one
 * admin is left — nobody can lock the last admin out.
 *
 * FOR NO KEY UPDATE, the lock an UPDATE takes, not FOR UPDATE: rows that point at a user (an
 * audit event's actor, an update's author) check it with FOR KEY SHARE, which FOR UPDATE would
 * block — and an action appending its audit event holds the chain's lock while it waits, so
 * this transaction, wanting that lock for its own event, would deadlock with it.
 */
export async function lockActiveAdminIds(tx: Tx): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR NO KEY UPDATE`;
  return rows.map((r) => r.id);
}

/** Whether taking `userId` away from the admins leaves none (they are one of `activeAdminIds`). */
export function isLastAdmin(activeAdminIds: readonly number[], userId: number): boolean {
  return activeAdminIds.includes(userId) && activeAdminIds.length === 1;
}
