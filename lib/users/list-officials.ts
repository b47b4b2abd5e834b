import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

export interface OfficialChoice {
  id: number;
  displayName: string;
  departmentId: number | null;
}

/**
 * Active officials, who may be named responsible for a commitment: of one department (the
 * commitment's lead — the owners form asks for another department's when its lead changes,
 * rather than carrying every official of the province in each commitment page), or of all of
 * them (the bulk owners form and the import editor).
 */
function loadOfficials(departmentId?: number): Promise<OfficialChoice[]> {
  return db.user.findMany({
    where: { role: "OFFICIAL", disabled: false, ...(departmentId !== undefined ? { departmentId } : {}) },
    orderBy: [{ departmentId: "asc" }, { displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, departmentId: true },
  });
}

export const listOfficials = snapshotCached(loadOfficials);
