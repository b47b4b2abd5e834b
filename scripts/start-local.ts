// `npm run dev` / `npm run start:local`: the whole local set-up in one command.
// Database (DATABASE_URL, or an embedded PostgreSQL in .data/postgres) → migrations → seed
// (departments, admin, demo users with DEMO=1, the Luoyang report) → Next.js.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { loadEnvFiles } from "@/lib/database/load-env";
import { resolveDatabase } from "@/lib/database/resolve-database";
import { migrateDatabase } from "@/lib/database/migrate";
import { localAuthSecret } from "@/lib/database/local-secret";

const mode = process.argv[2] === "start" ? "start" : "dev";
const root = process.cwd();
const log = (m: string) => console.log(`[duban] ${m}`);

loadEnvFiles(root);
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE = "1";
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_SECRET ??= localAuthSecret(root);

const database = await resolveDatabase(root, log);
process.env.DATABASE_URL = database.url;

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.embedded?.stop().catch((e) => console.error(e));
  process.exit(code);
}

try {
  log("applying migrations");
  migrateDatabase(root, database.url);
  const { db, disconnectDatabase } = await import("@/lib/db");
  const { runSeed } = await import("@/lib/seed/run-seed");
  await runSeed(db, {
    root,
    demo: process.env.DEMO === "1",
    adminPassword: process.env.ADMIN_PASSWORD || undefined,
    log,
  });
  await disconnectDatabase();
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
if (mode === "start") {
  log("building the production bundle (next build)");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) await shutdown(build.status ?? 1);
}
// Production runs one worker per core (scripts/serve.mjs); development, Next's own dev server.
const child =
  mode === "start"
    ? spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), `--port=${port}`], { stdio: "inherit", env: process.env })
    : spawn(process.execPath, [nextBin, "dev", "--port", port], { stdio: "inherit", env: process.env });
log(`Duban on http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on("exit", (code) => void shutdown(code ?? 0));
