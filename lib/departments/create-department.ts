import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/actions/errors";
import { ZCreateDepartment } from "./types";

export const createDepartment = defineAction({
  permission: "department.manage",
  schema: ZCreateDepartment,
  async run({ input, tx }) {
    const clash = await tx.department.findFirst({ where: { OR: [{ name: input.name }, { code: input.code }] } });
    // Says which of the two is taken, and where (both may be: the name is named first).
    if (clash?.name === input.name) throw invalid("departments.nameTaken", { name: input.name }, "name");
    if (clash) throw invalid("departments.codeTaken", { code: input.code }, "code");
    const department = await tx.department.create({ data: input });
    return { result: department, audit: [{ action: "department.create", entity: "Department", entityId: department.id, after: department }] };
  },
  revalidate: () => ["/admin/departments"],
});
