import "server-only";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { invalid } from "@/lib/actions/errors";
import type { MessageKey } from "@/lib/i18n/zh";

/**
 * The active users of a role that must never be left empty — admins (who manage everyone) and
 * reviewers (who alone decide readings, requests and verifications; lib/permissions) — their
 * ids, their rows locked until the transaction ends. Whoever would take one away (a role change,
 * a disabling) reads them through here: two admins taking away the last two at the same moment
 * then run one after the other, and the second sees that only one is left — nobody can lock the
 * last admin out, nor leave the review queue with nobody to decide it.
 *
 * FOR NO KEY UPDATE, the lock an UPDATE takes, not FOR UPDATE: rows that point at a user (an
 * audit event's actor, an update's author) check it with FOR KEY SHARE, which FOR UPDATE would
 * block — and an action appending its audit event holds the chain's lock while it waits, so
 * this transaction, wanting that lock for its own event, would deadlock with it.
 */
export async function lockActiveIds(tx: Tx, role: Extract<Role, "ADMIN" | "REVIEWER">): Promise<number[]> {
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User" WHERE role = ${role}::"Role" AND NOT disabled ORDER BY id FOR NO KEY UPDATE`;
  return rows.map((r) => r.id);
}

/** Whether taking `userId` away leaves none (they are one of `activeIds`, locked above). */
function isLastActive(activeIds: readonly number[], userId: number): boolean {
  return activeIds.includes(userId) && activeIds.length === 1;
}

/**
 * Refuses taking away the last active admin or reviewer (a role change, a disabling), saying
 * `messages`' words for that role, beside `field` when given; other roles pass. Its role's rows
 * stay locked until the transaction ends (lockActiveIds).
 */
export async function assertNotLastOfRole(
  tx: Tx,
  user: { id: number; role: Role },
  messages: Record<"ADMIN" | "REVIEWER", MessageKey>,
  field?: string,
): Promise<void> {
  if (user.role !== "ADMIN" && user.role !== "REVIEWER") return;
  if (isLastActive(await lockActiveIds(tx, user.role), user.id)) throw invalid(messages[user.role], undefined, field);
}
