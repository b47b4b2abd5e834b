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

  // A name blocked from every address is refused before anything is counted: the real user
  // retrying meanwhile does not get their own address blocked too.
  const keys = throttleKeys(loginName, address);
  const now = new Date();
  const nameWide = keys.length > 1 ? await blockedSeconds(keys[keys.length - 1].key, now) : 0;
  if (nameWide > 0) return { ok: false, refusal: { code: "THROTTLED", seconds: nameWide } };
  // Counted as a failure before the check; a right password clears it below. The address's own
  // count first: an address already blocked adds nothing to the name's count from all addresses.
  for (const { key, free } of keys) {
    const wait = await reserveAttempt(key, now, free);
    if (wait > 0) return { ok: false, refusal: { code: "THROTTLED", seconds: wait } };
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
