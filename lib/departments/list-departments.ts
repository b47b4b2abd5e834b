import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

function loadListDepartments(options: { activeOnly?: boolean } = {}) {
  return db.department.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true, active: true, _count: { select: { users: true } } },
  });
}

export const listDepartments = snapshotCached(loadListDepartments);
