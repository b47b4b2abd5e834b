import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { ZRenameDepartment } from "./types";

/** 重命名: names stay unique, as at creation; commitments and users follow by id. */
export const renameDepartment = defineAction({
  name: "department.rename",
  subject: { entity: "Department", id: "departmentId" },
  permission: "department.manage",
  schema: ZRenameDepartment,
  async run({ input, tx }) {
    const before = await tx.department.findUnique({ where: { id: input.departmentId }, select: { id: true, code: true, name: true } });
    if (!before) throw notFound();
    if (before.name === input.name) return { result: before, audit: [] };
    const clash = await tx.department.findUnique({ where: { name: input.name }, select: { id: true } });
    if (clash) throw invalid("departments.nameTaken", { name: input.name }, "name");
    const after = await tx.department.update({ where: { id: before.id }, data: { name: input.name }, select: { id: true, code: true, name: true } });
    return { result: after, audit: [{ action: "department.rename", entity: "Department", entityId: after.id, before, after }] };
  },
  // The name is shown wherever a department is: lists, the dashboard, sheets and exports.
  revalidate: () => ["/admin/departments", "/admin/users", "/commitments", "/dashboard"],
});
