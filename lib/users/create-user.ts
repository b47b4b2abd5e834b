import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { checkActiveDepartment } from "@/lib/departments/check-active-department";
import { invalid } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password";
import { ZCreateUser } from "./types";

export const createUser = defineAction({
  permission: "user.manage",
  schema: ZCreateUser,
  async run({ input, tx }) {
    // The form's own rules (an official's department among them) are ZCreateUser's, said at once;
    // here, what only the database knows.
    if (await tx.user.findUnique({ where: { loginName: input.loginName }, select: { id: true } })) {
      throw invalid("error.loginNameTaken", { loginName: input.loginName }, "loginName");
    }
    if (input.departmentId != null) await checkActiveDepartment(tx, input.departmentId);
    const user = await tx.user.create({
      data: {
        loginName: input.loginName,
        displayName: input.displayName,
        role: input.role,
        departmentId: input.departmentId,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true },
    });
    return { result: user, audit: [{ action: "user.create", entity: "User", entityId: user.id, after: user }] };
  },
  revalidate: () => ["/admin/users"],
});
