import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { ownerSnapshot, ownerSnapshotSelect } from "@/lib/commitments/owner-checks";
import type { Tx } from "@/lib/db";
import { lockCommitments } from "@/lib/updates/find-scoped-commitment";
import { USER_FIELDS } from "@/lib/users/update-user";
import { mergePreviewKey } from "./merge-preview";
import { readMergePreview } from "./read-merge-preview";
import { ZMergeDepartment } from "./types";
import { findUnstaffedWork, lockDepartmentStaff } from "./unstaffed-department";

/**
 * 合并部门 (机构改革: 乡村振兴局 into 农业农村局): everything a department owns moves to another —
 * the commitments it leads, its place among supporters (dropped where the other already leads or
 * supports), its people and its import keywords — and it is deactivated. Responsible officials
 * stay valid: they move with their department. One audit event per commitment and per person
 * moved, as if each had been edited, then the merge itself. It cannot be undone, so it moves only
 * what the admin was shown and confirmed (`seen`): refused, with nothing moved, when that has
 * changed since (a commitment assigned, a user created) or was never shown. When the department
 * merged into has no active official afterwards, the answer says what it now has nobody for
 * (`unstaffed`: the open work, the returns and the 催办 moved to it included), as a disabling does.
 */
export const mergeDepartment = defineAction({
  name: "department.merge",
  subject: { entity: "Department", id: "departmentId" },
  permission: "department.manage",
  schema: ZMergeDepartment,
  async run({ input, tx }) {
    if (input.departmentId === input.intoId) throw invalid("departments.error.mergeIntoSelf", undefined, "intoId");
    // Both locked, in id order as every writer locks: an owners edit reading either FOR SHARE
    // waits for the merge and then finds the one merged away inactive.
    const locked = await tx.$queryRaw<{ id: number; name: string; active: boolean }[]>`
      SELECT id, name, active FROM "Department" WHERE id IN (${input.departmentId}, ${input.intoId}) ORDER BY id FOR UPDATE`;
    const from = locked.find((d) => d.id === input.departmentId);
    const into = locked.find((d) => d.id === input.intoId);
    if (!from) throw notFound();
    if (!into) throw invalid("departments.error.mergeTargetGone", undefined, "intoId");
    if (!into.active) throw invalid("departments.error.mergeIntoInactive", { name: into.name }, "intoId");
    // Before the commitments are locked, as an official leaving `into` takes it before theirs: the
    // later of the two counts after the other's commit, so one of them says `into` has nobody.
    await lockDepartmentStaff(tx, into.id);
    // Read under the lock: an owners edit or a new member of `from` waits for the merge now.
    const preview = await readMergePreview(from.id, tx);
    if (input.seen === undefined) throw invalid("departments.error.mergeUnseen");
    if (!preview || mergePreviewKey(preview) !== input.seen) throw invalid("departments.error.mergeChanged", { name: from.name });

    const commitments = await moveCommitments(tx, from.id, into.id);
    const users = await moveUsers(tx, from.id, into.id);
    const keywords = await tx.departmentKeyword.updateMany({ where: { departmentId: from.id }, data: { departmentId: into.id } });
    await tx.department.update({ where: { id: from.id }, data: { active: false } });
    const merged = { active: false, mergedInto: into.id, commitments: commitments.length, users: users.length, keywords: keywords.count };
    const unstaffed = await findUnstaffedWork(tx, into.id);
    return {
      result: { name: from.name, into: into.name, commitments: commitments.length, users: users.length, unstaffed },
      audit: [...commitments, ...users, { action: "department.merge", entity: "Department", entityId: from.id, before: { active: from.active }, after: merged }],
    };
  },
  revalidate: () => ["/admin/departments", "/admin/users", "/commitments", "/dashboard", "/my-work"],
});

/** The commitments `from` leads or supports, given to `into`; an owners event for each. */
async function moveCommitments(tx: Tx, from: number, into: number): Promise<AuditEntry[]> {
  const owned = { OR: [{ leadDepartmentId: from }, { supporting: { some: { departmentId: from } } }] };
  const ids = (await tx.commitment.findMany({ where: owned, select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
  if (ids.length === 0) return [];
  // Locked in id order, as every writer locks commitments.
  await lockCommitments(tx, ids);
  const before = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect }, orderBy: { id: "asc" } });
  await tx.commitment.updateMany({ where: { id: { in: ids }, leadDepartmentId: from }, data: { leadDepartmentId: into } });
  // A department does not both lead and support one commitment, nor support it twice.
  const moved = { commitmentId: { in: ids } };
  await tx.commitmentSupport.deleteMany({
    where: { ...moved, departmentId: from, commitment: { OR: [{ leadDepartmentId: into }, { supporting: { some: { departmentId: into } } }] } },
  });
  await tx.commitmentSupport.deleteMany({ where: { ...moved, departmentId: into, commitment: { leadDepartmentId: into } } });
  await tx.commitmentSupport.updateMany({ where: { ...moved, departmentId: from }, data: { departmentId: into } });
  await tx.commitment.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
  const after = await tx.commitment.findMany({ where: { id: { in: ids } }, select: { id: true, ...ownerSnapshotSelect }, orderBy: { id: "asc" } });
  return after.map((c, i) => ({
    action: "commitment.assignOwners",
    entity: "Commitment",
    entityId: c.id,
    before: ownerSnapshot(before[i]),
    after: { ...ownerSnapshot(c), mergedFrom: from },
  }));
}

/** The people of `from`, now of `into`; a user event for each. */
async function moveUsers(tx: Tx, from: number, into: number): Promise<AuditEntry[]> {
  const before = await tx.user.findMany({ where: { departmentId: from }, select: USER_FIELDS, orderBy: { id: "asc" } });
  if (before.length === 0) return [];
  await tx.user.updateMany({ where: { departmentId: from }, data: { departmentId: into } });
  return before.map((u) => ({ action: "user.update", entity: "User", entityId: u.id, before: u, after: { ...u, departmentId: into } }));
}
