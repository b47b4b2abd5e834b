import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { SESSION_LIFETIME_SECONDS } from "./session-lifetime";

/**
 * Signs a session out for good: its id is refused from now on (load-actor.ts), so a copy of the
 * cookie — left in another tab's history, taken from the machine — is no longer signed in, while
 * the user's other sessions go on. Kept until the cookie could not be used anyway; rows past that
 * are cleared here, so the table holds at most a day of sign-outs.
 */
export async function endSession(token: Pick<JWT, "uid" | "sid" | "signedInAt">, now = new Date()): Promise<void> {
  // Sessions signed in before session ids existed have none: they end with their cookie.
  if (typeof token.sid !== "string" || typeof token.uid !== "number") return;
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt * 1000 : now.getTime();
  const expiresAt = new Date(Math.max(signedInAt + SESSION_LIFETIME_SECONDS * 1000, now.getTime()));
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.endedSession.createMany({ data: [{ sid: token.sid, userId: token.uid, endedAt: now, expiresAt }], skipDuplicates: true }),
  ]);
}
