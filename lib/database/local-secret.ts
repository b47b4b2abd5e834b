import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET for a local start without one configured: generated once and kept in the
 * git-ignored .data folder, so sessions survive restarts.
 */
export function localAuthSecret(root: string): string {
  const file = path.join(root, ".data", "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
