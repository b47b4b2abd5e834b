import "server-only";
import { invalid } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { allActiveLocked } from "./lock-active-departments";

/**
 * Only an active department takes new members (the forms offer no other): refused otherwise.
 * Read FOR SHARE (allActiveLocked): a deactivation, which locks the department FOR UPDATE and
 * counts its users, either waits for this member or is seen as done.
 */
export async function checkActiveDepartment(tx: Tx, departmentId: number): Promise<void> {
  if (!(await allActiveLocked(tx, [departmentId]))) throw invalid("error.notFound", undefined, "departmentId");
}
