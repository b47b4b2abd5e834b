import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/errors";
import { ZSetDepartmentActive } from "./types";

export const setDepartmentActive = defineAction({
  permission: "department.manage",
  schema: ZSetDepartmentActive,
  async run({ input, tx }) {
    const before = await tx.department.findUnique({ where: { id: input.departmentId } });
    if (!before) throw notFound();
    const after = await tx.department.update({ where: { id: before.id }, data: { active: input.active } });
    return {
      result: after,
      audit: [{ action: input.active ? "department.activate" : "department.deactivate", entity: "Department", entityId: after.id, before, after }],
    };
  },
  revalidate: () => ["/admin/departments", "/admin/users"],
});
