import fs from "node:fs";
import path from "node:path";

/**
 * Loads `.env` then `.env.local` into process.env for our scripts (Next loads them itself).
 * Variables already set in the environment win, as in Next.
 */
export function loadEnvFiles(root = process.cwd()): void {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(root, name);
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}
