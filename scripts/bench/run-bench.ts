// `npm run bench`: Duban under province-scale load on this machine. Not part of `npm test`.
//
//   npm run bench [-- --skip-generate] [--duration=10] [--warmup=3] [--connections=50] [--build=auto|always|never]
//
// Steps: extractor throughput (in-process) → data generator into a fresh `duban_bench` database
// (BENCH_DATABASE_URL's server, default postgresql://postgres@127.0.0.1:5432) → `next build` of a
// source snapshot when stale → `next start` on a free loopback port → real sessions per role →
// EXPLAIN of the list and dashboard queries → xlsx export (time, RSS) → each page and action
// with autocannon, each followed by its raw-SQL floor at the same concurrency → report.
import os from "node:os";
import pg from "pg";
import { todayIsoDay } from "@/lib/time/today";
import { explainAll } from "./explain";
import { observe } from "./observe";
import { BENCH_DB_NAME, BENCH_PASSWORD, BENCH_SERVER_URL, databaseUrl, generateData } from "./generate-data";
import { runHttpLoad } from "./http-load";
import { loginAll } from "./login-sessions";
import { measureExport } from "./measure-export";
import { measureExtractor } from "./measure-extractor";
import { printAndSave, targetsOf, type BenchReport, type PairResult } from "./report";
import { ADMIN_LOGIN, buildPairs, loadIds, loginNames } from "./scenarios";
import { runSqlLoad } from "./sql-floor";
import { buildApp, buildDir, buildIsStale, processTree, startServer, stopServer } from "./start-server";

const root = process.cwd();
const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const option = (name: string, fallback: string) => flag(name)?.split("=")[1] ?? process.env[`BENCH_${name.toUpperCase().replace(/-/g, "_")}`] ?? fallback;
const duration = Number(option("duration", "10"));
const connections = Number(option("connections", "50"));
// Each scenario (HTTP and SQL alike) first runs this long unmeasured, as bench:profile does: the
// figures are a running server's, not those of code paths V8 has not compiled yet or of pool
// connections still being opened.
const warmup = Number(option("warmup", "3"));
const build = option("build", "auto");
const skipGenerate = Boolean(flag("skip-generate")) || process.env.BENCH_SKIP_GENERATE === "1";
const serverUrl = BENCH_SERVER_URL;
const DB_NAME = BENCH_DB_NAME;
const started = Date.now();
const log = (m: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);

if (!(duration > 0 && duration <= 120) || !(connections > 0 && connections <= 500)) throw new Error("--duration must be 1..120 s and --connections 1..500");
if (!(warmup >= 0 && warmup <= 60)) throw new Error("--warmup must be 0..60 s");

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the server`);
    stopServer();
    process.exit(130);
  });
}
process.on("exit", stopServer);

async function main() {
  const startedAt = new Date().toISOString();
  log("extractor throughput");
  const extractor = measureExtractor(root);

  let generate: BenchReport["generate"];
  if (skipGenerate) log(`--skip-generate: reusing ${DB_NAME}`);
  else generate = await generateData(root, serverUrl, DB_NAME, log);
  const url = databaseUrl(serverUrl, DB_NAME);

  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url };
  let buildSeconds: number | undefined;
  if (build === "always" || (build === "auto" && buildIsStale(root))) buildSeconds = buildApp(root, env, log);
  else log(`reusing the build in ${buildDir(root)}`);
  if (buildSeconds !== undefined) log(`built in ${buildSeconds.toFixed(0)} s`);

  const pool = new pg.Pool({ connectionString: url, max: connections });
  const monitor = new pg.Client({ connectionString: url });
  await monitor.connect();
  const cores = os.availableParallelism();
  try {
    const ids = await loadIds(pool);
    const server = await startServer(root, url, log);
    log(`server process tree: ${processTree(server.pid).join(", ")}`);
    const sessions = await loginAll(server.base, loginNames(ids), BENCH_PASSWORD);
    const cookies = new Map([...sessions].map(([name, s]) => [name, s.cookie]));
    log(`${sessions.size} sessions signed in`);
    const today = todayIsoDay();

    log("EXPLAIN (ANALYZE, BUFFERS)");
    const explain = await explainAll(pool, ids.departmentId, ids.newestReportId, today);

    log("xlsx export");
    const exportResult = await measureExport(server.base, server.pid, cookies.get(ADMIN_LOGIN) ?? "");

    const pairs: PairResult[] = [];
    for (const pair of await buildPairs(buildDir(root), server.base, ids, cookies, today)) {
      const result: PairResult = { key: pair.key, label: pair.label, status: "measured", targetP95: pair.targetP95, targetPerSecond: pair.targetPerSecond, updatesPerRequest: pair.updatesPerRequest };
      let probeStatus = 0;
      for (let i = 0; i < 3; i++) probeStatus = (await fetch(`${server.base}${pair.probe.path}`, { headers: { cookie: pair.probe.cookie }, redirect: "manual" }).then(async (r) => (await r.arrayBuffer(), r.status)));
      if (probeStatus === 404) Object.assign(result, { status: "not built yet", note: `GET ${pair.probe.path} answered 404` });
      else if (probeStatus !== 200) Object.assign(result, { status: "failed", note: `GET ${pair.probe.path} answered ${probeStatus}` });
      else {
        log(`HTTP ${pair.label}`);
        if (warmup > 0) await runHttpLoad(server.base, pair.http, connections, warmup);
        const o = await observe(monitor, DB_NAME, server.pid, cores, () => runHttpLoad(server.base, pair.http, connections, duration), (r) => r.requests);
        result.http = o.result;
        result.httpObserved = o.observation;
        log(`  p50 ${result.http.latency.p50} ms, p95 ${result.http.latency.p95} ms, ${result.http.requestsPerSecond}/s, ${result.http.errors} errors, ${Math.round(result.http.reused * 100)}% reused`);
      }
      if (pair.sql) {
        log(`SQL  ${pair.label}`);
        if (warmup > 0) await runSqlLoad(pool, pair.sql!, connections, warmup);
        const o = await observe(monitor, DB_NAME, null, cores, () => runSqlLoad(pool, pair.sql!, connections, duration), (r) => r.latency.count);
        result.sql = o.result;
        result.sqlObserved = o.observation;
        log(`  p50 ${result.sql.latency.p50} ms, p95 ${result.sql.latency.p95} ms, ${result.sql.perSecond}/s, ${result.sql.errors} errors${result.sql.firstError ? ` (${result.sql.firstError})` : ""}`);
      }
      pairs.push(result);
    }
    const errorsLogged = server.stderr.join("").slice(-3000);
    stopServer();

    const { rows } = await pool.query("SELECT version() AS v");
    const machine = {
      nproc: os.availableParallelism(),
      cpu: os.cpus()[0]?.model ?? "unknown",
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      postgres: String(rows[0].v).split(" on ")[0],
      node: process.version,
      serverPoolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    };
    const partial = { startedAt, machine, options: { connections, duration, warmup, skipGenerate }, generate, buildSeconds, pairs, export: exportResult, extractor, explain };
    const report: BenchReport = { ...partial, targets: targetsOf(partial), seconds: Math.round((Date.now() - started) / 1000) };
    printAndSave(root, report);
    if (errorsLogged.trim()) console.log(`\nlast server stderr:\n${errorsLogged}`);
    log(`done in ${report.seconds} s`);
  } finally {
    stopServer();
    await monitor.end();
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  stopServer();
  process.exit(1);
});
