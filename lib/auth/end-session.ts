import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { SESSION_LIFETIME_SECONDS } from "./session-lifetime";

/**
 * Signs a session out for good: its id is refused from now on (load-actor.ts), so a copy of the
 * cookie — left in another tab's history, taken from the machine — is no longer signed in, while
 * the user's other sessions go on. Kept until the cookie could not be used anyway; rows past that
 * are cleared here, so the table holds at most a day of sign-outs.
 *
 * The sign-out is recorded in the audit trail with it, once: a copy of the cookie sent to the
 * sign-out route again finds its session already ended and writes nothing, so a cookie replayed
 * cannot fill the chain.
 */
export async function endSession(token: Pick<JWT, "uid" | "sid" | "signedInAt">, now = new Date()): Promise<void> {
  // Sessions signed in before session ids existed have none: they end with their cookie.
  if (typeof token.sid !== "string" || typeof token.uid !== "number") return;
  const { sid, uid } = token;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt * 1000 : now.getTime();
  const expiresAt = new Date(Math.max(signedInAt + SESSION_LIFETIME_SECONDS * 1000, now.getTime()));
  await db.$transaction(async (tx) => {
    await tx.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
    const ended = await tx.endedSession.createMany({ data: [{ sid, userId: uid, endedAt: now, expiresAt }], skipDuplicates: true });
    if (ended.count > 0) await writeAuditEvents(tx, uid, [{ action: "auth.signOut", entity: "User", entityId: uid }]);
  });
}
