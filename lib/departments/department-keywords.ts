import "server-only";
import type { DepartmentKeywords } from "@/lib/extract";
import type { Db, Tx } from "@/lib/db";

/** The admin-editable keyword table, in the shape the extractor takes. */
export async function loadDepartmentKeywords(client: Db | Tx): Promise<DepartmentKeywords> {
  const rows = await client.departmentKeyword.findMany({
    where: { department: { active: true } },
    orderBy: { id: "asc" },
    select: { keyword: true, department: { select: { name: true } } },
  });
  const byDepartment = new Map<string, string[]>();
  for (const r of rows) byDepartment.set(r.department.name, [...(byDepartment.get(r.department.name) ?? []), r.keyword]);
  return [...byDepartment].map(([department, keywords]) => ({ department, keywords }));
}

export async function departmentIdsByName(client: Db | Tx): Promise<Map<string, number>> {
  const departments = await client.department.findMany({ select: { id: true, name: true } });
  return new Map(departments.map((d) => [d.name, d.id]));
}
