import { randomUUID } from "node:crypto";
import { Client } from "pg";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { seedDepartment, seedReportWithCommitments, seedUser, type SeedUserInput } from "@/lib/seed/factories";

export { db };

/** A user in the database and the Actor the action wrapper would see for them. */
export async function actorFor(input: SeedUserInput): Promise<Actor & { password: string }> {
  const user = await seedUser(db, input);
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
    password: user.password,
  };
}

/** The audit event `action` wrote for one entity; throws if there is none. */
export function auditEventFor(action: string, entityId: number | string, options: { entity?: string } = {}) {
  const entity = options.entity === undefined ? {} : { entity: options.entity };
  return db.auditEvent.findFirstOrThrow({ where: { action, ...entity, entityId: String(entityId) } });
}

/**
 * An issuer of its own: an import of the year and issuer of a report already imported is a likely
 * copy, accepted only once confirmed (acceptImport), so a test that accepts one names its own.
 */
export const ownIssuer = () => `某市${randomUUID().slice(0, 8)}人民政府`;

export function department() {
  return seedDepartment(db);
}


export function reportWithCommitments(commitments: Parameters<typeof seedReportWithCommitments>[1]) {
  return seedReportWithCommitments(db, commitments);
}

/** Polls until `check` holds or the time is up. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

/**
 * Whether another connection of this database is waiting for a lock while running a statement
 * whose text matches one of the LIKE patterns: a concurrency spec's way to know its second
 * writer has reached the lock it means to test.
 */
export async function someoneWaitsOnLock(queryPatterns: string[], exceptPid?: number, options: { rowLocksOnly?: boolean } = {}): Promise<boolean> {
  // rowLocksOnly: not a wait for an advisory lock, such as the audit chain's, which another test
  // file's append running at the same time may hold (not the wait the spec looks for).
  const rowLocksOnly = options.rowLocksOnly ?? false;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity a
    WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND a.pid <> pg_backend_pid()
      AND a.pid <> ${exceptPid ?? 0} AND a.query LIKE ANY(${queryPatterns}::text[])
      AND (NOT ${rowLocksOnly} OR EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted AND l.locktype <> 'advisory'))`;
  return n > 0;
}

/**
 * Another connection's transaction, opened (BEGIN) for `run`, which takes locks through `query`
 * and ends it (COMMIT) when the spec's writer should go on: a concurrency spec's second writer.
 * `pid` tells its own lock waits apart from the writer's (someoneWaitsOnLock). Closed afterwards.
 */
export async function inOtherTransaction(run: (other: { query: Client["query"]; pid: number }) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await client.query("BEGIN");
    await run({ query: client.query.bind(client) as Client["query"], pid: rows[0].pid });
  } finally {
    await client.end();
  }
}
