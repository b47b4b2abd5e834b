import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/**
 * The user behind a session as they are now; null when gone or disabled since signing in, given
 * the session's version when their password has been reset or changed since, and given its id
 * when this session was signed out (EndedSession).
 */
export async function loadActor(userId: number, sessionVersion?: number, sessionId?: string): Promise<Actor | null> {
  // The department's name and the session's end come along (one joined query): the app shell
  // needs no second read, and a signed-out session costs no second round trip to find.
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, loginName: true, displayName: true, role: true, departmentId: true, disabled: true, sessionVersion: true, mustChangePassword: true,
      department: { select: { name: true } },
      endedSessions: { where: { sid: sessionId ?? "" }, select: { sid: true }, take: 1 },
    },
  });
  if (!user || user.disabled) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  if (user.endedSessions.length > 0) return null;
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
    departmentName: user.department?.name ?? null,
  };
}
