import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/actions/errors";
import { responsibleFitsLead } from "./responsible-fits-lead";
import { maySupport } from "./supporter-choices";
import { allActiveLocked } from "@/lib/departments/lock-active-departments";

/**
 * Departments must exist and be active — except those in `kept`, which the commitment already
 * has (a department deactivated since may stay where it is, not be added anywhere new); a
 * responsible person must be an active official. Answers the official's department (read FOR
 * SHARE), for callers with rules of their own about it.
 */
export async function checkOwners(
  tx: Tx,
  departmentIds: number[],
  responsibleUserId: number | null,
  leadDepartmentId: number | null,
  kept: readonly number[] = [],
): Promise<number | null> {
  if (!(await allActiveLocked(tx, departmentIds.filter((id) => !kept.includes(id))))) {
    throw invalid("owners.error.department", undefined, "leadDepartmentId");
  }
  if (responsibleUserId == null) return null;
  // FOR SHARE: an edit of this official (updateUser locks the row) waits for this assignment, so
  // it can see the commitment it must not leave behind.
  const [user] = await tx.$queryRaw<{ role: string; disabled: boolean; departmentId: number | null }[]>`
    SELECT "role"::text AS role, "disabled", "departmentId" FROM "User" WHERE id = ${responsibleUserId} FOR SHARE`;
  if (!user || user.role !== "OFFICIAL" || user.disabled) throw invalid("owners.error.responsible", undefined, "responsibleUserId");
  if (leadDepartmentId != null && !responsibleFitsLead(user.departmentId, leadDepartmentId)) {
    throw invalid("owners.error.responsibleDepartment", undefined, "responsibleUserId");
  }
  return user.departmentId;
}

/**
 * The lead department leads: picked as a supporter too, it is refused by name rather than dropped
 * without a word (the forms do not offer it: supporterChoices). A lead that does not exist is left
 * to checkOwners, which says so.
 */
export async function refuseLeadAsSupporter(tx: Tx, leadDepartmentId: number | null, supportingIds: readonly number[], field: string): Promise<void> {
  if (leadDepartmentId == null || supportingIds.every((id) => maySupport(id, leadDepartmentId))) return;
  const lead = await tx.department.findUnique({ where: { id: leadDepartmentId }, select: { name: true } });
  if (lead) throw invalid("owners.error.leadAlsoSupporting", { name: lead.name }, field);
}

export const ownerSnapshotSelect = {
  leadDepartmentId: true,
  responsibleUserId: true,
  version: true,
  supporting: { select: { departmentId: true }, orderBy: { departmentId: "asc" as const } },
} as const;

export function ownerSnapshot(c: { leadDepartmentId: number | null; responsibleUserId: number | null; version: number; supporting: { departmentId: number }[] }) {
  return {
    leadDepartmentId: c.leadDepartmentId,
    supportingDepartmentIds: c.supporting.map((s) => s.departmentId),
    responsibleUserId: c.responsibleUserId,
    version: c.version,
  };
}

/**
 * The same owners (lead, responsible official, supporting departments in id order), whatever
 * the versions say: an owners change that changes nothing writes nothing (CODE_STYLE).
 */
export function sameOwners(
  a: { leadDepartmentId: number | null; responsibleUserId: number | null; supportingDepartmentIds: number[] },
  b: { leadDepartmentId: number | null; responsibleUserId: number | null; supportingDepartmentIds: number[] },
): boolean {
  return a.leadDepartmentId === b.leadDepartmentId && a.responsibleUserId === b.responsibleUserId && a.supportingDepartmentIds.join() === b.supportingDepartmentIds.join();
}
