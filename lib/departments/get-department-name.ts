import "server-only";
import { db } from "@/lib/db";

export async function getDepartmentName(departmentId: number | null): Promise<string | null> {
  if (departmentId == null) return null;
  const department = await db.department.findUnique({ where: { id: departmentId }, select: { name: true } });
  return department?.name ?? null;
}
