import { spawnSync } from "node:child_process";
import path from "node:path";

/**
 * Applies prisma/migrations with `prisma migrate deploy`, offline (scripts/prisma.mjs points the
 * CLI at the WebAssembly schema engine shipped on npm).
 */
export function migrateDatabase(root: string, url: string): void {
  const result = spawnSync(process.execPath, [path.join(root, "scripts", "prisma.mjs"), "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Database migration failed:\n${result.stdout}\n${result.stderr}`);
  }
}
