import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Whether every one of the departments is active, read FOR SHARE: a deactivation (which locks
 * the row, set-department-active.ts) waits for the caller's transaction and then counts what it
 * assigned. Used by every writer that makes a department a commitment's owner.
 */
export async function allActiveLocked(tx: Tx, departmentIds: readonly number[]): Promise<boolean> {
  const ids = [...new Set(departmentIds)];
  if (!ids.length) return true;
  const found = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Department" WHERE id = ANY(${ids}::int[]) AND active FOR SHARE`;
  return found.length === ids.length;
}
