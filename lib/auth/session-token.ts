import { encode } from "next-auth/jwt";
import { decodeSessionToken } from "./decode-session-token";

/** next-auth's session cookie: the secure name over https, the plain one otherwise. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * The same session token with a new session version, or null when the token is not this user's
 * (or not readable with the secret). Used after a user changed their own password: the version
 * rose, which ends every session, and this one alone is carried over.
 */
export async function withSessionVersion(
  tokenValue: string,
  { secret, userId, sessionVersion, maxAge }: { secret: string; userId: number; sessionVersion: number; maxAge: number },
): Promise<string | null> {
  const token = await decodeSessionToken({ token: tokenValue, secret }).catch(() => null);
  if (!token || token.uid !== userId) return null;
  return encode({ token: { ...token, sv: sessionVersion }, secret, maxAge });
}
