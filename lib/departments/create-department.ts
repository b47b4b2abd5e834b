import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import type { FieldProblem } from "@/lib/actions/errors";
import { ZCreateDepartment } from "./types";

export const createDepartment = defineAction({
  name: "department.create",
  subject: { entity: "Department" },
  permission: "department.manage",
  schema: ZCreateDepartment,
  // Says which of the two is taken, at its field — both when both are (by one department or two),
  // and beside the form's own refusals of the other.
  async fieldChecks({ name, code }) {
    const or = [...(name != null ? [{ name }] : []), ...(code != null ? [{ code }] : [])];
    const clashes = or.length ? await db.department.findMany({ where: { OR: or }, select: { name: true, code: true } }) : [];
    const problems: FieldProblem[] = [];
    if (name != null && clashes.some((d) => d.name === name)) problems.push({ field: "name", messageKey: "departments.nameTaken", params: { name } });
    if (code != null && clashes.some((d) => d.code === code)) problems.push({ field: "code", messageKey: "departments.codeTaken", params: { code } });
    return problems;
  },
  async run({ input, tx }) {
    const department = await tx.department.create({ data: input });
    return { result: department, audit: [{ action: "department.create", entity: "Department", entityId: department.id, after: department }] };
  },
  revalidate: () => ["/admin/departments"],
});
