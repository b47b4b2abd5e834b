// What limits a figure: while a scenario runs, where the CPU goes (the next server, PostgreSQL's
// processes, the bench itself), what PostgreSQL did per request (transactions, rows read, from
// pg_stat_database; stats are flushed ~1 s late, so treat them as approximate) and what its
// backends were doing (pg_stat_activity sampled every 200 ms: running, idle, waiting on a lock).
import fs from "node:fs";
import type pg from "pg";
import { processTree } from "./start-server";

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/**
 * CPU ticks used so far by the processes, including their reaped children (cutime, cstime): a
 * PostgreSQL backend that exits during the run hands its whole lifetime to the postmaster's
 * cutime, so live ticks + children's ticks stays monotonic across connection churn.
 */
function cpuTicks(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]); // utime stime cutime cstime
    } catch {
      // exited meanwhile
    }
  }
  return ticks;
}

function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

interface DbCounters {
  xacts: number;
  rows: number;
  blocks: number;
}

async function dbCounters(client: pg.Client, name: string): Promise<DbCounters> {
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query(
    `SELECT xact_commit + xact_rollback AS xacts, tup_returned + tup_fetched AS rows, blks_hit + blks_read AS blocks FROM pg_stat_database WHERE datname = $1`,
    [name],
  );
  return { xacts: Number(rows[0].xacts), rows: Number(rows[0].rows), blocks: Number(rows[0].blocks) };
}

export interface Observation {
  serverCpuMsPerRequest: number | null;
  postgresCpuMsPerRequest: number;
  benchCpuMsPerRequest: number;
  /** Share of the machine's cores busy (1 = all cores). */
  machineBusy: number;
  transactionsPerRequest: number;
  rowsReadPerRequest: number;
  blocksPerRequest: number;
  avgActiveBackends: number;
  avgLockWaiters: number;
  avgClientWaiters: number;
}

export async function observe<T>(client: pg.Client, dbName: string, serverPid: number | null, cores: number, work: () => Promise<T>, count: (result: T) => number): Promise<{ result: T; observation: Observation }> {
  const serverPids = serverPid ? processTree(serverPid) : [];
  const samples: { active: number; lock: number; client: number }[] = [];
  let sampling = true;
  const sampler = (async () => {
    for (let i = 0; sampling && i < 10_000; i++) {
      const { rows } = await client.query(
        `SELECT count(*) FILTER (WHERE state = 'active' AND pid <> pg_backend_pid()) AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock') AS lock,
                count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Client') AS client
         FROM pg_stat_activity WHERE datname = $1`,
        [dbName],
      );
      samples.push({ active: Number(rows[0].active), lock: Number(rows[0].lock), client: Number(rows[0].client) });
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const before = { db: await dbCounters(client, dbName), pg: cpuTicks(postgresPids()), server: cpuTicks(serverPids), bench: process.cpuUsage(), at: Date.now() };
  const result = await work();
  const wall = Date.now() - before.at;
  const after = { pg: cpuTicks(postgresPids()), server: cpuTicks(serverPids), bench: process.cpuUsage(before.bench) };
  sampling = false;
  await sampler;
  await new Promise((r) => setTimeout(r, 1100)); // let backends flush their statistics
  const db = await dbCounters(client, dbName);
  const n = Math.max(1, count(result));
  const per = (v: number) => Math.round((v / n) * 100) / 100;
  const avg = (k: "active" | "lock" | "client") => Math.round((samples.reduce((s, x) => s + x[k], 0) / Math.max(1, samples.length)) * 10) / 10;
  const pgMs = (after.pg - before.pg) * TICK_MS;
  const serverMs = (after.server - before.server) * TICK_MS;
  const benchMs = (after.bench.user + after.bench.system) / 1000;
  return {
    result,
    observation: {
      serverCpuMsPerRequest: serverPid ? per(serverMs) : null,
      postgresCpuMsPerRequest: per(pgMs),
      benchCpuMsPerRequest: per(benchMs),
      machineBusy: Math.round(((pgMs + serverMs + benchMs) / (wall * cores)) * 100) / 100,
      transactionsPerRequest: per(db.xacts - before.db.xacts),
      rowsReadPerRequest: per(db.rows - before.db.rows),
      blocksPerRequest: per(db.blocks - before.db.blocks),
      avgActiveBackends: avg("active"),
      avgLockWaiters: avg("lock"),
      avgClientWaiters: avg("client"),
    },
  };
}
