import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): ~70 ms here, slow enough for guessing.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this for unknown login names keeps the response time the same as for a
// real account, so timing does not reveal which login names exist. The hash is kept, not the
// promise that made it: that promise would carry the first such request's context for good.
let dummyHash: string | null = null;
export async function dummyPasswordHash(): Promise<string> {
  dummyHash ??= await hash("duban-dummy-password-for-timing");
  return dummyHash;
}
