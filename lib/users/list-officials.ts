import "server-only";
import { db } from "@/lib/db";

/** Active officials, who may be named responsible for a commitment. */
export function listOfficials() {
  return db.user.findMany({
    where: { role: "OFFICIAL", disabled: false },
    orderBy: [{ departmentId: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, departmentId: true },
  });
}
