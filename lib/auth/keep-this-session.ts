import "server-only";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE } from "./auth-options";
import { SESSION_COOKIE_NAMES, withSessionVersion } from "./session-token";

/**
 * Keeps the current browser signed in after its user changed their own password (every other
 * session ended with the version's rise). Called from a server action: Next.js re-renders the
 * page with the new cookie. Without a readable cookie nothing is set and the user signs in
 * again with the new password, which is the safe way to fail.
 */
export async function keepThisSession(userId: number, sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  const jar = await cookies();
  const cookie = SESSION_COOKIE_NAMES.map((name) => jar.get(name)).find((c) => c !== undefined);
  if (!secret || !cookie) return;
  const value = await withSessionVersion(cookie.value, { secret, userId, sessionVersion, maxAge: SESSION_MAX_AGE });
  if (!value) return;
  // The attributes next-auth gives its session cookie (next-auth/core/lib/cookie.js).
  jar.set(cookie.name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.name.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE });
}
