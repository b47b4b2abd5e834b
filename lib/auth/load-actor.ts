import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** The user behind a session as they are now; null when gone or disabled since signing in. */
export async function loadActor(userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabled) return null;
  return { id: user.id, loginName: user.loginName, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
}
