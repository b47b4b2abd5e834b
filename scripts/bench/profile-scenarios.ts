// `npm run bench:profile -- <scenario[,scenario…]> [--duration=8] [--connections=10] [--rounds=2] [--cpu-prof | --workers=2]`
//
// The bench's scenarios (scripts/bench/scenarios.ts: dashboard, list, detail, detailAdmin,
// review, submit, approve, login, …) against ONE production worker, for comparing a change
// before and after and for finding where a page's time goes: throughput per round, and with
// --cpu-prof a V8 CPU profile of the worker (bench/results/profiles/) summarised by package and
// function. `--workers=N` runs the production server instead (scripts/serve.mjs, N workers, as
// `npm run bench` does), for comparing a change in the bench's own shape. Uses the `duban_bench` database `npm run bench` generated (it is not regenerated)
// and the bench's build snapshot (rebuilt when the sources are newer). Rounds alternate
// scenarios, so a noisy host shows as spread between rounds rather than as a false difference.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { todayIsoDay } from "@/lib/time/today";
import { BENCH_DB_NAME, BENCH_PASSWORD, BENCH_SERVER_URL, databaseUrl } from "./generate-data";
import { runHttpLoad } from "./http-load";
import { loginAll } from "./login-sessions";
import { buildPairs, loadIds, loginNames } from "./scenarios";
import { buildApp, buildDir, buildIsStale, freePort, serverEnv, waitUntilAnswering } from "./start-server";
import { summariseProfile } from "./summarise-profile";

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const keys = (args.find((a) => !a.startsWith("--")) ?? "").split(",").filter(Boolean);
const duration = Number(option("duration", "8"));
const connections = Number(option("connections", "10"));
const rounds = Number(option("rounds", "2"));
const cpuProf = args.includes("--cpu-prof");
const workers = Number(option("workers", "1"));
const url = databaseUrl(BENCH_SERVER_URL, BENCH_DB_NAME);
const profileDir = path.join(root, "bench", "results", "profiles");

async function main() {
  if (!keys.length) throw new Error("name the scenarios: npm run bench:profile -- dashboard,detail [--cpu-prof]");
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= 16)) throw new Error("--workers must be 1..16");
  if (cpuProf && workers > 1) throw new Error("--cpu-prof profiles one worker: leave out --workers");
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url };
  if (buildIsStale(root)) console.log(`built in ${buildApp(root, env, console.log).toFixed(0)} s`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const exitToken = randomBytes(16).toString("hex");
  fs.mkdirSync(profileDir, { recursive: true });
  const before = new Set(fs.readdirSync(profileDir));
  const worker =
    workers > 1
      ? // The production server in its own process group, stopped as a group (no profile to write).
        spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), `--port=${port}`, "--hostname=127.0.0.1", `--dir=${buildDir(root)}`], {
          cwd: buildDir(root),
          env: { ...serverEnv(url, port), WEB_CONCURRENCY: String(workers) },
          stdio: ["ignore", "inherit", "inherit"],
          detached: true,
        })
      : spawn(
          process.execPath,
          [...(cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []), path.join(root, "scripts/bench/one-worker.mjs"), buildDir(root), String(port)],
          { cwd: buildDir(root), env: { ...serverEnv(url, port), BENCH_EXIT_TOKEN: exitToken }, stdio: ["ignore", "inherit", "inherit"] },
        );
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    await waitUntilAnswering(base, worker);
    const ids = await loadIds(pool);
    const sessions = await loginAll(base, loginNames(ids), BENCH_PASSWORD);
    const pairs = await buildPairs(buildDir(root), base, ids, new Map([...sessions].map(([n, s]) => [n, s.cookie])), todayIsoDay(), keys);
    const unknown = keys.filter((k) => !pairs.some((p) => p.key === k));
    if (unknown.length) throw new Error(`unknown scenario ${unknown.join(", ")}; known: ${pairs.map((p) => p.key).join(", ")}`);
    const chosen = keys.map((k) => pairs.find((p) => p.key === k)!);
    for (const pair of chosen) await runHttpLoad(base, pair.http, connections, 2); // warm-up: compiled paths, caches
    for (let round = 1; round <= rounds; round++) {
      for (const pair of chosen) {
        const r = await runHttpLoad(base, pair.http, connections, duration);
        console.log(`round ${round}  ${pair.key.padEnd(14)} ${r.requestsPerSecond.toFixed(1).padStart(7)} req/s  p50 ${r.latency.p50.toFixed(0).padStart(5)} ms  p95 ${r.latency.p95.toFixed(0).padStart(5)} ms  errors ${r.errors}  reused ${Math.round(r.reused * 100)}%`);
      }
    }
  } finally {
    await pool.end();
    if (workers > 1 && worker.exitCode === null && worker.signalCode === null) {
      const exited = once(worker, "exit");
      process.kill(-worker.pid!, "SIGTERM");
      await exited;
    } else if (worker.exitCode === null && worker.signalCode === null) {
      const exited = once(worker, "exit");
      // A clean exit writes the profile; a worker that does not answer is stopped without one.
      await fetch(`${base}/__bench_exit?token=${exitToken}`, { signal: AbortSignal.timeout(5_000) }).catch(() => worker.kill("SIGTERM"));
      const timer = setTimeout(() => worker.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
  }
  if (cpuProf) {
    const written = fs.readdirSync(profileDir).filter((f) => !before.has(f));
    for (const f of written) console.log(`\n${path.join(profileDir, f)}\n${summariseProfile(path.join(profileDir, f))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
