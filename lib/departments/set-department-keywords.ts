import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { ZSetDepartmentKeywords } from "./types";

/**
 * The words an import recognises a department by, as the admin lists them: a department created
 * after the first start (or named differently in another city) is suggested as a lead only once
 * it has some. A word belongs to one department (the table's unique key): one already another's
 * is refused with that department's name. Seeded defaults are only written into an empty table,
 * so these edits survive restarts.
 */
export const setDepartmentKeywords = defineAction({
  name: "department.keywords",
  subject: { entity: "Department", id: "departmentId" },
  permission: "department.manage",
  schema: ZSetDepartmentKeywords,
  async run({ input, tx }) {
    const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: { id: true, name: true, keywords: { orderBy: { id: "asc" }, select: { keyword: true } } } });
    if (!department) throw notFound();
    const before = department.keywords.map((k) => k.keyword);
    if (before.join("\u0001") === input.keywords.join("\u0001")) return { result: { id: department.id, name: department.name, changed: false }, audit: [] };
    const taken = await tx.departmentKeyword.findFirst({
      where: { keyword: { in: input.keywords }, departmentId: { not: department.id } },
      select: { keyword: true, department: { select: { name: true } } },
    });
    if (taken) throw invalid("departments.keywordTaken", { keyword: taken.keyword, name: taken.department.name }, "keywords");
    await tx.departmentKeyword.deleteMany({ where: { departmentId: department.id } });
    if (input.keywords.length) await tx.departmentKeyword.createMany({ data: input.keywords.map((keyword) => ({ keyword, departmentId: department.id })) });
    return {
      result: { id: department.id, name: department.name, changed: true },
      audit: [{ action: "department.keywords", entity: "Department", entityId: department.id, before: { keywords: before }, after: { keywords: input.keywords } }],
    };
  },
  // Read by the import: a draft started afterwards suggests with the new words.
  revalidate: () => ["/admin/departments", "/reports/import"],
});
