import "server-only";
import { db } from "@/lib/db";

export function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { loginName: "asc" }],
    select: {
      id: true,
      loginName: true,
      displayName: true,
      role: true,
      disabled: true,
      department: { select: { id: true, name: true } },
    },
  });
}
