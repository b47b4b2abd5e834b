import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The user behind a session as they are now; null when gone or disabled since signing in, or,
 * given the session's version, when their password has been reset or changed since.
 */
export async function loadActor(userId: number, sessionVersion?: number): Promise<Actor | null> {
  // The department's name comes along (one joined query) so the app shell needs no second read.
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true, sessionVersion: true, department: { select: { name: true } } },
  });
  if (!user || user.disabled) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    departmentName: user.department?.name ?? null,
  };
}
