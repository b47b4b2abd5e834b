import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, verifyPassword } from "./password";
import { blockedSeconds, clearFailures, reserveAttempt, throttleKeys } from "./login-throttle";
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

/** `address`: where the attempt came from (client-address.ts), null when not known. */
export async function verifyCredentials(loginNameInput: string, password: string, address: string | null = null): Promise<CredentialCheck> {
  const loginName = loginNameInput.trim().toLowerCase();
  // No account has such a name (users/types.ts), and none may reach the throttle's keys: "admin
  // 198.51.100.7" typed as a name must not count against the admin at that address.
  if (!password || !LOGIN_NAME.test(loginName)) return { ok: false, refusal: { code: "INVALID" } };

  const now = new Date();
  const keys = throttleKeys(loginName, address);
  if (keys.length === 1) {
    // The name alone (no address known): counted before the check, cleared by a right password.
    const wait = await reserveAttempt(keys[0].key, now, keys[0].free);
    if (wait > 0) return { ok: false, refusal: { code: "THROTTLED", seconds: wait } };
  } else {
    // A name guessed at from many addresses is "under attack" (its count from all addresses past
    // NAME_FREE_FAILURES): each address then gets one attempt, not five, before it waits. Never a
    // block on the name itself — that would let anyone with a handful of addresses keep the real
    // user (the only admin too) out — so a right password from the user's own address still works.
    const [byAddress, byName] = keys;
    const underAttack = (await blockedSeconds(byName.key, now)) > 0;
    const wait = await reserveAttempt(byAddress.key, now, underAttack ? 1 : byAddress.free);
    if (wait > 0) return { ok: false, refusal: { code: "THROTTLED", seconds: wait } };
    // Counted for the name as a whole (what says it is under attack); never refuses by itself.
    await reserveAttempt(byName.key, now, byName.free);
  }

  const user = await db.user.findUnique({ where: { loginName } });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) return { ok: false, refusal: { code: "INVALID" } };
  await clearFailures(keys.map((k) => k.key));
  // Checked after the password, so a disabled account is only revealed to its owner.
  if (user.disabled) return { ok: false, refusal: { code: "DISABLED" } };

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
