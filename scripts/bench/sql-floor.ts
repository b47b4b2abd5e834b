// The raw-SQL floor: what PostgreSQL alone needs for the data a page shows, run with the same
// concurrency as the HTTP scenario (a pg Pool of N connections, N loops for D seconds). Each
// query is the one statement a perfect implementation would send (see sql-queries.ts).
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { summarise, type LatencySummary } from "./stats";

export interface SqlScenario {
  name: string;
  /** One unit of work: a query, or a whole transaction on a checked-out client. */
  run: (pool: pg.Pool) => Promise<void>;
}

export interface SqlResult {
  name: string;
  latency: LatencySummary;
  perSecond: number;
  errors: number;
  firstError?: string;
}

export async function runSqlLoad(pool: pg.Pool, scenario: SqlScenario, connections: number, duration: number): Promise<SqlResult> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const end = started + duration * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        await scenario.run(pool);
        samples.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const seconds = (performance.now() - started) / 1000;
  return { name: scenario.name, latency: summarise(samples), perSecond: Math.round((samples.length / seconds) * 10) / 10, errors, firstError };
}

/** Runs `statements` in one transaction on a pooled client; each gets the previous rows. */
export async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
