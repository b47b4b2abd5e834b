import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { allActiveLocked } from "@/lib/departments/lock-active-departments";
import { assertNotResponsible } from "./assert-not-responsible";
import { findUnstaffedWork, lockDepartmentStaff } from "@/lib/departments/unstaffed-department";
import { assertNotLastOfRole } from "./lock-active-admins";
import { ZSetUserDisabled } from "./types";

export const setUserDisabled = defineAction({
  name: "user.setDisabled",
  subject: { entity: "User", id: "userId" },
  permission: "user.manage",
  schema: ZSetUserDisabled,
  async run({ actor, input, tx }) {
    if (input.userId === actor.id && input.disabled) throw invalid("error.cannotDisableSelf");
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, disabled: true, role: true, departmentId: true } });
    if (!user) throw notFound();
    // Not back into a department that was deactivated meanwhile (its deactivation waited for its
    // users to be disabled): the department is read FOR SHARE, like every new member's.
    if (!input.disabled && user.disabled && user.departmentId !== null && !(await allActiveLocked(tx, [user.departmentId]))) {
      throw invalid("users.error.departmentInactive");
    }
    // Admins may not review (lib/permissions): without a reviewer, nobody decides the queue.
    if (input.disabled) await assertNotLastOfRole(tx, user, { ADMIN: "users.error.lastAdminDisabled", REVIEWER: "users.error.lastReviewerDisabled" });
    // An active official leaving their department: allowed, but the answer says when it has nobody left.
    const leaves = input.disabled && !user.disabled && user.role === "OFFICIAL" && user.departmentId !== null ? user.departmentId : null;
    if (leaves !== null) await lockDepartmentStaff(tx, leaves);
    // A disabled official could no longer be kept as anyone's responsible official.
    if (input.disabled && !user.disabled && user.role === "OFFICIAL") await assertNotResponsible(tx, user.id, "users.error.stillResponsibleDisable");
    const before = { id: user.id, disabled: user.disabled };
    const after = await tx.user.update({
      where: { id: input.userId },
      // Disabling also ends the user's sessions for good: re-enabling does not revive old cookies.
      data: { disabled: input.disabled, ...(input.disabled ? { sessionVersion: { increment: 1 } } : {}) },
      // The names are for the confirmation; the audit keeps what changed.
      select: { id: true, disabled: true, displayName: true, loginName: true },
    });
    const unstaffed = leaves !== null ? await findUnstaffedWork(tx, leaves) : null;
    return {
      result: { ...after, unstaffed },
      audit: [{ action: input.disabled ? "user.disable" : "user.enable", entity: "User", entityId: after.id, before, after: { id: after.id, disabled: after.disabled } }],
    };
  },
  // The departments page counts users, and marks a department left without an official.
  revalidate: () => ["/admin/users", "/admin/departments"],
});
