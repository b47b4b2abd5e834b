import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

export interface OfficialChoice {
  id: number;
  displayName: string;
  departmentId: number | null;
}

/**
 * The active officials of one department: who may be named responsible for a commitment that
 * department leads. The owners form asks for them when its lead department changes, rather than
 * carrying every official of the province in each commitment page.
 */
function loadDepartmentOfficials(departmentId: number): Promise<OfficialChoice[]> {
  return db.user.findMany({
    where: { role: "OFFICIAL", disabled: false, departmentId },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, departmentId: true },
  });
}

export const listDepartmentOfficials = snapshotCached(loadDepartmentOfficials);
