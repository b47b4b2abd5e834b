import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { distinguishNamesakes, type OfficialChoice } from "./distinguish-namesakes";

export type { OfficialChoice };

/**
 * Active officials, who may be named responsible for a commitment: of one department (the
 * commitment's lead — the owners form asks for another department's when its lead changes,
 * rather than carrying every official of the province in each commitment page), or of all of
 * them (the bulk owners form and the import editor).
 */
async function loadOfficials(departmentId?: number): Promise<OfficialChoice[]> {
  const officials = await db.user.findMany({
    where: { role: "OFFICIAL", disabled: false, ...(departmentId !== undefined ? { departmentId } : {}) },
    orderBy: [{ departmentId: "asc" }, { displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true, loginName: true, departmentId: true },
  });
  return distinguishNamesakes(officials);
}

export const listOfficials = snapshotCached(loadOfficials);
