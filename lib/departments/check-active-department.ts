import "server-only";
import { invalid } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";

/**
 * Only an active department takes new members (the forms offer no other): refused otherwise.
 * Read FOR SHARE: a deactivation (which locks the department FOR UPDATE and counts its users)
 * either waits for this member or is seen as done.
 */
export async function checkActiveDepartment(tx: Tx, departmentId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Department" WHERE id = ${departmentId} AND active FOR SHARE`;
  if (rows.length === 0) throw invalid("error.notFound", undefined, "departmentId");
}
