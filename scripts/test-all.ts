// `npm test`: every check, in the order that fails fastest. Typecheck → lint → unit tests →
// a fresh PostgreSQL database (migrated and seeded) → integration tests → production build →
// Playwright e2e in Chromium against the production server (scripts/serve.mjs).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { loadEnvFiles } from "@/lib/database/load-env";
import { prepareTestDatabase } from "@/lib/database/test-database";
import { CHROMIUM_PATH } from "../e2e/chromium-path";

const root = process.cwd();
loadEnvFiles(root);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const results: { step: string; ok: boolean; seconds: number }[] = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  if (only.length && !only.includes(name)) return true;
  console.log(`\n━━ ${name}: ${[path.basename(command), ...args].join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env, cwd: root });
  const ok = run.status === 0;
  results.push({ step: name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function finish(): never {
  console.log("\n━━ summary");
  for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.step} (${r.seconds}s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// Said before anything runs: on a machine without the browser every e2e spec would fail in
// milliseconds, minutes later, with Playwright's "executable doesn't exist".
if ((!only.length || only.includes("e2e")) && !existsSync(CHROMIUM_PATH)) {
  console.error(
    `npm test needs Chromium for the e2e tests and found none at ${CHROMIUM_PATH}.\n` +
      "Install Debian's: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium), then run npm test again.\n" +
      "Everything but the browser tests: npm test -- typecheck lint unit integration build",
  );
  process.exit(1);
}

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
if (!step("typecheck", bin("tsc"), ["--noEmit", "-p", "."], baseEnv)) finish();
if (!step("lint", bin("eslint"), [".", "--max-warnings=0"], baseEnv)) finish();
if (!step("unit", bin("vitest"), ["run", "--project", "unit"], baseEnv)) finish();

const needsDatabase = !only.length || only.some((s) => ["integration", "build", "e2e"].includes(s));
if (needsDatabase) {
  const database = await prepareTestDatabase(root, (m) => console.log(`[test-db] ${m}`));
  const env = {
    ...baseEnv,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    // Not the address the browser uses (127.0.0.1): as with `npm run dev` (localhost) opened at
    // another address, every redirect must stay on the browser's host (auth.spec signs out so).
    NEXTAUTH_URL: "http://localhost:3100",
    PORT: "3100",
  };
  try {
    if (step("integration", bin("vitest"), ["run", "--project", "integration"], env)) {
      if (step("build", process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], env)) {
        step("e2e", bin("playwright"), ["test"], env);
      }
    }
  } finally {
    await database.dispose();
  }
}
finish();
