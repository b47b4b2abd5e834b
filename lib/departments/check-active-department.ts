import "server-only";
import { invalid } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";

/** Only an active department takes new members (the forms offer no other): refused otherwise. */
export async function checkActiveDepartment(tx: Tx, departmentId: number): Promise<void> {
  const department = await tx.department.findFirst({ where: { id: departmentId, active: true }, select: { id: true } });
  if (!department) throw invalid("error.notFound", undefined, "departmentId");
}
