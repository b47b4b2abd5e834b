import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, verifyPassword } from "./password";
import { blockedSeconds, clearFailures, firstRefusalOfBlock, reserveAttempt, throttleKeys } from "./login-throttle";
import { recordSignIn, recordSignInFailed, recordSignInThrottled } from "./record-sign-in";
import { LOGIN_NAME } from "@/lib/users/types";

export interface SessionIdentity {
  id: number;
  loginName: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  /** Kept in the session; a later password reset or change raises it and so ends the session. */
  sessionVersion: number;
}

/** Why a sign-in was refused; the login page turns the code into a message. */
export type LoginRefusal = { code: "INVALID" } | { code: "DISABLED" } | { code: "THROTTLED"; seconds: number };

export type CredentialCheck = { ok: true; user: SessionIdentity } | { ok: false; refusal: LoginRefusal };

/**
 * A sign-in attempt, recorded in the audit trail (record-sign-in.ts): a success, a refusal after
 * the password was checked, and the first refusal of each throttle block. `address`: where the
 * attempt came from (client-address.ts), null when not known.
 */
export async function verifyCredentials(loginNameInput: string, password: string, address: string | null = null): Promise<CredentialCheck> {
  const loginName = loginNameInput.trim().toLowerCase();
  // No account has such a name (users/types.ts), and none may reach the throttle's keys: "admin
  // 198.51.100.7" typed as a name must not count against the admin at that address. Not recorded
  // either: no password was checked and nothing counts these, so each would be a free entry in
  // the chain for whoever sends them.
  if (!password || !LOGIN_NAME.test(loginName)) return { ok: false, refusal: { code: "INVALID" } };

  const now = new Date();
  const keys = throttleKeys(loginName, address);
  const throttled = async (key: string, seconds: number): Promise<CredentialCheck> => {
    if (await firstRefusalOfBlock(key, now)) await recordSignInThrottled(loginName, seconds, address);
    return { ok: false, refusal: { code: "THROTTLED", seconds } };
  };
  if (keys.length === 1) {
    // The name alone (no address known): counted before the check, cleared by a right password.
    const wait = await reserveAttempt(keys[0].key, now, keys[0].free);
    if (wait > 0) return throttled(keys[0].key, wait);
  } else {
    // A name guessed at from many addresses is "under attack" (its count from all addresses past
    // NAME_FREE_FAILURES): each address then gets one attempt, not five, before it waits. Never a
    // block on the name itself — that would let anyone with a handful of addresses keep the real
    // user (the only admin too) out — so a right password from the user's own address still works.
    const [byAddress, byName] = keys;
    const underAttack = (await blockedSeconds(byName.key, now)) > 0;
    const wait = await reserveAttempt(byAddress.key, now, underAttack ? 1 : byAddress.free);
    if (wait > 0) return throttled(byAddress.key, wait);
    // Counted for the name as a whole (what says it is under attack); never refuses by itself.
    await reserveAttempt(byName.key, now, byName.free);
  }

  const user = await db.user.findUnique({ where: { loginName } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    // Recorded alike for a known and an unknown name, so the answer takes as long either way.
    await recordSignInFailed(user?.id ?? null, loginName, user ? "password" : "unknownName", address);
    return { ok: false, refusal: { code: "INVALID" } };
  }
  await clearFailures(keys.map((k) => k.key));
  // Checked after the password, so a disabled account is only revealed to its owner.
  if (user.disabled) {
    await recordSignInFailed(user.id, loginName, "disabled", address);
    return { ok: false, refusal: { code: "DISABLED" } };
  }
  await recordSignIn(user.id, address);

  return {
    ok: true,
    user: {
      id: user.id,
      loginName: user.loginName,
      displayName: user.displayName,
      role: user.role,
      departmentId: user.departmentId,
      sessionVersion: user.sessionVersion,
    },
  };
}
