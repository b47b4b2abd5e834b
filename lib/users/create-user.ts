import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { checkActiveDepartment } from "@/lib/departments/check-active-department";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { ZCreateUser } from "./types";

/**
 * 新建用户 with the initial password the admin typed: its owner changes it at their first sign-in,
 * before anything else (User.mustChangePassword), so no password an admin knows stays in use.
 */
export const createUser = defineAction({
  name: "user.create",
  subject: { entity: "User" },
  permission: "user.manage",
  schema: ZCreateUser,
  // The form's own rules (an official's department among them) are ZCreateUser's; a login name
  // taken is said with them, in one answer.
  async fieldChecks({ loginName }) {
    const taken = loginName != null && (await db.user.findUnique({ where: { loginName }, select: { id: true } }));
    return taken ? [{ field: "loginName", messageKey: "error.loginNameTaken", params: { loginName } }] : [];
  },
  async run({ input, tx }) {
    if (input.departmentId != null) await checkActiveDepartment(tx, input.departmentId);
    const user = await tx.user.create({
      data: {
        loginName: input.loginName,
        displayName: input.displayName,
        role: input.role,
        departmentId: input.departmentId,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
      },
      select: { id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true },
    });
    return { result: user, audit: [{ action: "user.create", entity: "User", entityId: user.id, after: user }] };
  },
  revalidate: () => ["/admin/users"],
});
