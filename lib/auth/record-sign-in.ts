import "server-only";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { db } from "@/lib/db";

/** Why a sign-in was refused, as the audit trail records it (never the password typed). */
export type SignInRefusal = "password" | "unknownName" | "disabled";

/**
 * The record a sign-in attempt is about: the account, or — when no account has the name — the
 * name typed (lowercased, as it was looked up), which the log marks as no account's.
 */
function attemptSubject(userId: number | null, loginName: string) {
  return userId === null ? { entity: "LoginName", entityId: loginName } : { entity: "User", entityId: userId };
}

/** A sign-in that succeeded: by the user, about their account, from where. */
export function recordSignIn(userId: number, address: string | null): Promise<void> {
  return recordAuditEvents(userId, [{ action: "auth.signIn", entity: "User", entityId: userId, after: { address } }]);
}

/**
 * A sign-in refused after its password was checked (a wrong password, an unknown name, a disabled
 * account). Nobody is signed in, so no actor. Each of these cost the guesser a password check
 * the throttle counts, which is what bounds how many reach the chain.
 */
export function recordSignInFailed(userId: number | null, loginName: string, refusal: SignInRefusal, address: string | null): Promise<void> {
  return recordAuditEvents(null, [{ action: "auth.signInFailed", ...attemptSubject(userId, loginName), after: { refusal, address } }]);
}

/**
 * A sign-in refused by the throttle, without its password checked: recorded for the first
 * refusal of each block only (firstRefusalOfBlock), with how long the name waits from there.
 */
export async function recordSignInThrottled(loginName: string, seconds: number, address: string | null): Promise<void> {
  const user = await db.user.findUnique({ where: { loginName }, select: { id: true } });
  await recordAuditEvents(null, [{ action: "auth.signInThrottled", ...attemptSubject(user?.id ?? null, loginName), after: { waitSeconds: seconds, address } }]);
}
