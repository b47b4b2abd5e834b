import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { checkActiveDepartment } from "@/lib/departments/check-active-department";
import { findUnstaffedWork, lockDepartmentStaff } from "@/lib/departments/unstaffed-department";
import { invalid, notFound } from "@/lib/actions/errors";
import { assertNotLastOfRole } from "./lock-active-admins";
import { ZUpdateUser } from "./types";
import { assertNotResponsible } from "./assert-not-responsible";

/** What a user's audit event keeps before and after (also a department merge's moves of people). */
export const USER_FIELDS = { id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true } as const;

/**
 * 编辑: an admin changes a user's name, role and department, under the rules of creation. An
 * admin's own role is not theirs to change, the last active admin stays an admin, and an
 * official who is the responsible person of open commitments keeps role and department until
 * those are handed to someone else (the owners rules would no longer hold otherwise). Nor is the
 * last active reviewer given another role: an admin may not review (lib/permissions), so the
 * review queue, the 延期 / 调整 requests and the 催办 would wait for nobody. An official who
 * leaves their department's last (moved, another role) is let go, and the answer names what
 * the department now has nobody for (`unstaffed`).
 */
export const updateUser = defineAction({
  name: "user.update",
  subject: { entity: "User", id: "userId" },
  permission: "user.manage",
  schema: ZUpdateUser,
  async run({ actor, input, tx }) {
    const before = await tx.user.findUnique({ where: { id: input.userId }, select: USER_FIELDS });
    if (!before) throw notFound();
    const roleChanges = input.role !== before.role;
    if (roleChanges && before.id === actor.id) throw invalid("users.error.ownRole", undefined, "role");
    if (roleChanges) await assertNotLastOfRole(tx, before, { ADMIN: "users.error.lastAdmin", REVIEWER: "users.error.lastReviewer" }, "role");
    const departmentChanges = input.departmentId !== before.departmentId;
    if (departmentChanges && input.departmentId != null) await checkActiveDepartment(tx, input.departmentId);
    // An active official leaving their department (to another, or to another role).
    const leaves = before.role === "OFFICIAL" && !before.disabled && before.departmentId !== null && (roleChanges || departmentChanges) ? before.departmentId : null;
    if (leaves !== null) await lockDepartmentStaff(tx, leaves);
    if (before.role === "OFFICIAL" && (roleChanges || departmentChanges)) {
      await assertNotResponsible(tx, before.id, "users.error.stillResponsible", roleChanges ? "role" : "departmentId");
    }
    if (!roleChanges && !departmentChanges && input.displayName === before.displayName) return { result: { ...before, unstaffed: null }, audit: [] };
    const after = await tx.user.update({
      where: { id: before.id },
      data: { displayName: input.displayName, role: input.role, departmentId: input.departmentId },
      select: USER_FIELDS,
    });
    const unstaffed = leaves !== null ? await findUnstaffedWork(tx, leaves) : null;
    return { result: { ...after, unstaffed }, audit: [{ action: "user.update", entity: "User", entityId: after.id, before, after }] };
  },
  revalidate: (user) => ["/admin/users", `/admin/users/${user.id}`, "/admin/departments"],
});
