import "server-only";
import { db } from "@/lib/db";

export function listDepartments(options: { activeOnly?: boolean } = {}) {
  return db.department.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true, active: true, _count: { select: { users: true } } },
  });
}
