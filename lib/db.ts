import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client of the app and its connection pool, cached on globalThis so Next's dev
// reloads and test files that import them several times share a single pool.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: pg.Pool };

// Named (prepared) statements: PostgreSQL parses and plans a statement once per connection
// instead of on every execution — planning was most of the database time of a detail page
// (docs/performance.md). Each named statement stays prepared on every connection that ran it,
// so the set is bounded: past MAX_NAMED_STATEMENTS texts (Prisma's fixed shapes plus the list's
// filter combinations; days and other values are parameters) the rest run unnamed as before.
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

/** The statement's name; "" (pg's unnamed statement) when it is not to be kept prepared. */
function statementName({ sql }: { sql: string }): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_NAMED_STATEMENTS) return "";
    name = `d${createHash("sha1").update(sql).digest("base64url")}`;
    statementNames.set(sql, name);
  }
  return name;
}

function createPool(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Duban with `npm run dev` or set it in .env");
  }
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // JIT compilation costs far more than Duban's short queries take (see docs/performance.md);
    // set per connection, so it holds even where the role may not ALTER DATABASE.
    options: "-c jit=off",
    // A request waits at most this long for a free connection, then fails, rather than for ever.
    connectionTimeoutMillis: 15_000,
  });
  // An idle connection dropped by the server (restart, timeout) must not crash the process with
  // an unhandled 'error' event; the pool replaces it on the next query.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  return pool;
}

/**
 * The pool under `db`, for the few reads that stream many rows (the ledger exports): pg's rows
 * cost a fraction of the memory Prisma's raw results do. Everything else goes through `db`.
 * pg's own type parsing applies: select dates as text, numerics come back as text.
 */
export const pgPool: pg.Pool = globalForPrisma.pgPool ?? createPool();
globalForPrisma.pgPool = pgPool;

export const db: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaPg(pgPool, { statementNameGenerator: statementName }) });
globalForPrisma.prisma = db;

export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Closes the client and its pool, so a script can exit (the adapter leaves a pool it was given open). */
export async function disconnectDatabase(): Promise<void> {
  try {
    await db.$disconnect();
  } finally {
    await pgPool.end();
  }
}
