import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Active officials, who may be named responsible for a commitment. */
function loadListOfficials() {
  return db.user.findMany({
    where: { role: "OFFICIAL", disabled: false },
    orderBy: [{ departmentId: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, departmentId: true },
  });
}

export const listOfficials = snapshotCached(loadListOfficials);
