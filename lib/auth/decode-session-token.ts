import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

// next-auth's own key derivation (next-auth/jwt getDerivedEncryptionKey: HKDF-SHA256, empty salt,
// this info, 32 bytes), done once per secret: next-auth derives it again on every decode, and
// every page decodes the session twice (proxy and page).
const INFO = "NextAuth.js Generated Encryption Key";
const keys = new Map<string, Uint8Array>();

function derivedKey(secret: string | Buffer): Uint8Array {
  const id = typeof secret === "string" ? `s:${secret}` : `b:${secret.toString("hex")}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", INFO, 32));
    keys.set(id, key);
  }
  return key;
}

/**
 * next-auth's JWT decode (an A256GCM JWE, 15 s of clock tolerance on its expiry) with the derived
 * key kept. Given to next-auth as `jwt.decode`, and to getToken by the proxy and the pages, so
 * every reader of the session cookie accepts exactly the same tokens.
 */
export async function decodeSessionToken({ token, secret }: JWTDecodeParams): Promise<JWT | null> {
  // No secret, no session: a key derived from "undefined" or "" would be anyone's to forge
  // (next-auth's own derivation throws here; node's HKDF does not).
  if (secret == null || secret.length === 0) throw new Error("NEXTAUTH_SECRET is not set: sessions cannot be read");
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, derivedKey(secret), {
    clockTolerance: 15,
    // Only what next-auth seals with: a direct key and AES-256-GCM.
    keyManagementAlgorithms: ["dir"],
    contentEncryptionAlgorithms: ["A256GCM"],
  });
  // The claims next-auth sealed for us (types/next-auth.d.ts), as its own decode returns them.
  return payload as JWT;
}
