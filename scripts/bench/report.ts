// The results: a table on stdout, the JSON file bench/results/bench-<timestamp>.json, and the
// same table as Markdown beside it for docs/performance.md.
import fs from "node:fs";
import path from "node:path";
import type { HttpResult } from "./http-load";
import type { SqlResult } from "./sql-floor";
import type { ExportResult } from "./measure-export";
import type { ExtractorResult } from "./measure-extractor";
import type { Observation } from "./observe";

export interface PairResult {
  key: string;
  label: string;
  status: "measured" | "not built yet" | "failed";
  note?: string;
  http?: HttpResult;
  sql?: SqlResult;
  httpObserved?: Observation;
  sqlObserved?: Observation;
  targetP95?: number;
  targetPerSecond?: number;
  /** Updates one request submits (a progress sheet's rows): throughput is counted in updates. */
  updatesPerRequest?: number;
}

export interface BenchReport {
  startedAt: string;
  seconds: number;
  machine: Record<string, string | number>;
  options: { connections: number; duration: number; warmup?: number; skipGenerate: boolean };
  generate?: { seconds: number; counts: Record<string, number> };
  buildSeconds?: number;
  pairs: PairResult[];
  export: ExportResult;
  extractor: ExtractorResult;
  explain: Record<string, string>;
  targets: { name: string; target: string; measured: string; met: boolean | null }[];
}

const f = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? "—" : n.toFixed(digits));
const ratio = (a?: number, b?: number) => (a !== undefined && b ? `${(a / b).toFixed(1)}×` : "—");

export function targetsOf(r: Omit<BenchReport, "targets" | "seconds">): BenchReport["targets"] {
  const out: BenchReport["targets"] = [];
  for (const p of r.pairs) {
    if (p.targetP95 !== undefined) {
      const measured = p.http && p.status === "measured" ? p.http.latency.p95 : undefined;
      out.push({ name: `${p.key} p95`, target: `≤ ${p.targetP95} ms`, measured: measured === undefined ? p.status : `${f(measured)} ms`, met: measured === undefined ? null : measured <= p.targetP95 && p.http!.errors === 0 && !p.http!.background?.failed });
    }
    if (p.targetPerSecond !== undefined) {
      const ok = p.http && p.status === "measured";
      const per = p.updatesPerRequest ?? 1;
      const rate = ok ? p.http!.requestsPerSecond * per : 0;
      const measured = !ok ? p.status : per > 1 ? `${f(rate)} updates/s (${f(p.http!.requestsPerSecond)} requests/s of ${per}), ${p.http!.errors} errors` : `${f(rate)}/s, ${p.http!.errors} errors`;
      out.push({ name: `${p.key} throughput`, target: `≥ ${p.targetPerSecond}${per > 1 ? " updates" : ""}/s, 0 errors`, measured, met: ok ? rate >= p.targetPerSecond && p.http!.errors === 0 : null });
    }
    if (p.sql && p.http && p.status === "measured") {
      const x = p.http.latency.p50 / p.sql.latency.p50;
      out.push({ name: `${p.key} page/SQL p50`, target: "≤ 3×", measured: `${x.toFixed(1)}×`, met: x <= 3 });
    }
  }
  const e = r.export;
  if (e.status === "measured") {
    const worst = Math.max(...e.runs.map((x) => x.seconds));
    out.push({ name: "xlsx 10k rows time", target: "≤ 3 s", measured: `${f(worst, 2)} s (worst of ${e.runs.length})`, met: worst <= 3 });
    out.push({ name: "xlsx peak RSS", target: "≤ 300 MB", measured: `${e.peakRssMB} MB`, met: e.peakRssMB <= 300 });
  } else out.push({ name: "xlsx export", target: "≤ 3 s, ≤ 300 MB", measured: e.status, met: null });
  out.push({ name: "extractor", target: "≥ 1 MB/s", measured: `${f(r.extractor.megabytesPerSecond, 2)} MB/s`, met: r.extractor.megabytesPerSecond >= 1 });
  return out;
}

/** 0% and 100% only when exact: a few misses among thousands of answers still show. */
function reusedShare(share: number): string {
  const percent = share * 100;
  return percent === 0 || percent === 100 ? `${percent}%` : `${percent.toFixed(1)}%`;
}

export function markdownTables(r: BenchReport): string {
  const lines = [
    `${r.options.connections} connections, ${r.options.duration} s per scenario after ${r.options.warmup ?? 0} s unmeasured; Node ${r.machine.node}; latencies in ms.`,
    "",
    "| scenario | HTTP p50 | p95 | p99 | req/s | errors | reused | SQL p50 | SQL p95 | SQL/s | page/SQL p50 | page/SQL p95 |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const p of r.pairs) {
    if (p.status !== "measured" || !p.http) {
      lines.push(`| ${p.label} | ${p.status}${p.note ? ` (${p.note})` : ""} | | | | | | ${f(p.sql?.latency.p50)} | ${f(p.sql?.latency.p95)} | ${f(p.sql?.perSecond)} | | |`);
      continue;
    }
    const h = p.http;
    lines.push(`| ${p.label} | ${f(h.latency.p50)} | ${f(h.latency.p95)} | ${f(h.latency.p99)} | ${f(h.requestsPerSecond)} | ${h.errors} | ${reusedShare(h.reused)} | ${f(p.sql?.latency.p50)} | ${f(p.sql?.latency.p95)} | ${f(p.sql?.perSecond)} | ${ratio(h.latency.p50, p.sql?.latency.p50)} | ${ratio(h.latency.p95, p.sql?.latency.p95)} |`);
  }
  const background = r.pairs.filter((p) => p.http?.background);
  if (background.length) {
    lines.push("", "Writes sent during the read scenarios (server actions, same server; each commit makes the snapshot cache miss once per page). The per-request figures of these rows below include the writes' work, divided by the reads:", "");
    for (const p of background) {
      const b = p.http!.background!;
      lines.push(`- ${p.key}: ${b.sent} submissions at ${b.perSecond}/s, ${b.failed} failed`);
    }
  }
  lines.push(
    "",
    "What limits each figure (per request; CPU in ms; `busy` = share of all cores used; PG tx = transactions/statements, rows = tuples read, from pg_stat_database; backends = average active / waiting on a lock):",
    "",
    "| scenario | node CPU | PG CPU | bench CPU | busy | PG tx | PG rows | active backends | lock waiters | SQL floor: PG CPU | rows |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const p of r.pairs) {
    const o = p.httpObserved;
    const s = p.sqlObserved;
    if (!o && !s) continue;
    lines.push(`| ${p.key} | ${f(o?.serverCpuMsPerRequest ?? undefined)} | ${f(o?.postgresCpuMsPerRequest)} | ${f(o?.benchCpuMsPerRequest)} | ${f(o?.machineBusy, 2)} | ${f(o?.transactionsPerRequest)} | ${f(o?.rowsReadPerRequest, 0)} | ${f(o?.avgActiveBackends)} | ${f(o?.avgLockWaiters)} | ${f(s?.postgresCpuMsPerRequest, 2)} | ${f(s?.rowsReadPerRequest, 0)} |`);
  }
  lines.push("", "| target | goal | measured | met |", "|---|---|---|---|");
  for (const t of r.targets) lines.push(`| ${t.name} | ${t.target} | ${t.measured} | ${t.met === null ? "n/a" : t.met ? "yes" : "**no**"} |`);
  return lines.join("\n");
}

export function printAndSave(root: string, r: BenchReport): string {
  console.log("\n━━ results\n");
  console.log(markdownTables(r));
  const e = r.export;
  console.log(`\nxlsx export: ${e.status}${e.note ? ` — ${e.note}` : ""}${e.runs.length ? ` — ${e.runs.map((x) => `${x.seconds} s / ${(x.bytes / 1e6).toFixed(2)} MB / peak ${x.peakRssMB} MB`).join("; ")}; rows ${e.rows}; baseline RSS ${e.baselineRssMB} MB, VmHWM ${e.hwmMB} MB` : ""}${e.firstRuns?.length ? `; first download of each worker (not measured): ${e.firstRuns.map((x) => `${x.seconds} s / peak ${x.peakRssMB} MB (from ${x.servingBaselineRssMB})`).join("; ")}` : ""}`);
  console.log(`extractor: ${r.extractor.megabytes} MB in ${r.extractor.seconds} s = ${r.extractor.megabytesPerSecond} MB/s (${r.extractor.reports} reports)`);
  const dir = path.join(root, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/[:.]/g, "-");
  const file = path.join(dir, `bench-${stamp}.json`);
  fs.writeFileSync(file, JSON.stringify(r, null, 2));
  fs.writeFileSync(file.replace(/\.json$/, ".md"), `${markdownTables(r)}\n\n${Object.entries(r.explain).map(([k, v]) => `### ${k}\n\n\`\`\`\n${v}\n\`\`\``).join("\n\n")}\n`);
  console.log(`\nwritten: ${path.relative(root, file)} (+ .md)`);
  return file;
}
