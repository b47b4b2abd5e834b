import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Whether every one of the departments is active, read FOR SHARE: a deactivation (which locks
 * the row, set-department-active.ts) waits for the caller's transaction and then counts what it
 * assigned. Used by every writer that makes a department a commitment's owner.
 */
export async function allActiveLocked(tx: Tx, departmentIds: readonly number[]): Promise<boolean> {
  const ids = new Set(departmentIds);
  return (await activeLocked(tx, departmentIds)).size === ids.size;
}

/** Which of the departments are active, read FOR SHARE as above: the caller can say which are not. */
export async function activeLocked(tx: Tx, departmentIds: readonly number[]): Promise<Set<number>> {
  const ids = [...new Set(departmentIds)];
  if (!ids.length) return new Set();
  const found = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Department" WHERE id = ANY(${ids}::int[]) AND active FOR SHARE`;
  return new Set(found.map((d) => d.id));
}
