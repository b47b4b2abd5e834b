import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { ZSetDepartmentActive } from "./types";
import { countOpenCommitments } from "./count-open-commitments";

export const setDepartmentActive = defineAction({
  name: "department.setActive",
  subject: { entity: "Department", id: "departmentId" },
  permission: "department.manage",
  schema: ZSetDepartmentActive,
  async run({ input, tx }) {
    // Locked: an owners assignment reads the department FOR SHARE (checkOwners), so it either
    // waits and then finds it inactive, or is counted below.
    await tx.$executeRaw`SELECT 1 FROM "Department" WHERE id = ${input.departmentId} FOR UPDATE`;
    const before = await tx.department.findUnique({ where: { id: input.departmentId } });
    if (!before) throw notFound();
    if (before.active && !input.active) {
      // Open commitments it leads or supports would keep an owner no form can offer or keep:
      // every later owners edit of them would be refused. The admin moves them first.
      const count = (await countOpenCommitments(tx, [before.id])).get(before.id) ?? 0;
      if (count > 0) throw invalid("departments.error.stillOwner", { count });
      // Nor can its people be left in a department no form offers: an official of it could still
      // sign in and report for it. (A user created into it meanwhile waits for this lock:
      // checkActiveDepartment reads the department FOR SHARE.)
      const users = await tx.user.count({ where: { departmentId: before.id, disabled: false } });
      if (users > 0) throw invalid("departments.error.activeUsers", { count: users });
    }
    const after = await tx.department.update({ where: { id: before.id }, data: { active: input.active } });
    return {
      result: after,
      audit: [{ action: input.active ? "department.activate" : "department.deactivate", entity: "Department", entityId: after.id, before, after }],
    };
  },
  revalidate: () => ["/admin/departments", "/admin/users"],
});
