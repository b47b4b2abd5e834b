import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearFailures, reserveAttempt, throttleKeys } from "./login-throttle";

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
  if (!loginName || !password) return { ok: false, refusal: { code: "INVALID" } };

  // Counted as a failure before the check; a right password clears it below. The address's own
  // count first: an address already blocked adds nothing to the name's count from all addresses.
  const keys = throttleKeys(loginName, address);
  for (const { key, free } of keys) {
    const wait = await reserveAttempt(key, new Date(), free);
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
