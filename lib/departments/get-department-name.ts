import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

async function loadGetDepartmentName(departmentId: number | null): Promise<string | null> {
  if (departmentId == null) return null;
  const department = await db.department.findUnique({ where: { id: departmentId }, select: { name: true } });
  return department?.name ?? null;
}

export const getDepartmentName = snapshotCached(loadGetDepartmentName);
