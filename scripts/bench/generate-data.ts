// Province-scale data for the bench in a fresh database: drop and recreate it, apply the
// migrations, then load the in-memory model with multi-row INSERT … SELECT FROM unnest(arrays)
// in batches of 10,000 rows (plain `pg`, no COPY helper package needed). AuditEvents are not
// generated: no page the bench reads depends on them (the detail page's history is empty).
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { migrateDatabase } from "@/lib/database/migrate";
import { buildModel, SCALE, type Columns } from "./data-model";
import { BENCH_PASSWORD } from "@/lib/users/published-passwords";

export { BENCH_PASSWORD };

/** The PostgreSQL server the bench uses, and its database there. */
export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
export const BENCH_DB_NAME = "duban_bench";
export const BENCH_SEED = 20231;
const BATCH = 10_000;

type ColumnTypes = Record<string, string>;

const TABLES: { table: string; key: "departments" | "users" | "reports" | "sections" | "commitments" | "supports" | "updates"; types: ColumnTypes }[] = [
  { table: "Department", key: "departments", types: { id: "int", code: "text", name: "text", updatedAt: "timestamp" } },
  { table: "User", key: "users", types: { id: "int", loginName: "text", displayName: "text", passwordHash: "text", role: '"Role"', departmentId: "int", updatedAt: "timestamp" } },
  { table: "Report", key: "reports", types: { id: "int", title: "text", issuer: "text", year: "int", deliveredOn: "date", sourceText: "text", sourceHash: "text" } },
  { table: "Section", key: "sections", types: { id: "int", reportId: "int", code: "text", part: "text", title: "text", order: "int", start: "int", end: "int" } },
  {
    table: "Commitment",
    key: "commitments",
    types: {
      id: "int", reportId: "int", sectionId: "int", position: "int", kind: '"CommitmentKind"', indicator: "text", quote: "text",
      quoteStart: "int", quoteEnd: "int", targetValue: "numeric", targetMin: "numeric", targetMax: "numeric", unit: "text",
      comparator: '"Comparator"', deadline: "date", deadlineStated: "boolean", originalTargetValue: "numeric",
      originalTargetMin: "numeric", originalTargetMax: "numeric", originalDeadline: "date", leadDepartmentId: "int",
      status: '"CommitmentStatus"', updatedAt: "timestamp",
    },
  },
  { table: "CommitmentSupport", key: "supports", types: { commitmentId: "int", departmentId: "int" } },
  {
    table: "ProgressUpdate",
    key: "updates",
    types: {
      id: "int", commitmentId: "int", authorId: "int", asOf: "date", actualValue: "numeric", done: "boolean", percent: "numeric",
      narrative: "text", state: '"UpdateState"', reviewerId: "int", reviewNote: "text", reviewedAt: "timestamp",
      createdAt: "timestamp", updatedAt: "timestamp",
    },
  },
];

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function insertColumns(client: pg.Client, table: string, types: ColumnTypes, cols: Columns): Promise<number> {
  const names = Object.keys(types);
  const rows = cols[names[0]].length;
  // Enum arrays arrive as text[] and are cast element by element.
  const casts = names.map((n, i) => (types[n].startsWith('"') ? `$${i + 1}::text[]::${types[n]}[]` : `$${i + 1}::${types[n]}[]`));
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
  for (let from = 0; from < rows; from += BATCH) {
    await client.query(sql, names.map((n) => (cols[n] ?? []).slice(from, from + BATCH).map((v) => v ?? null)));
  }
  return rows;
}

export interface GeneratedData {
  url: string;
  seconds: number;
  counts: Record<string, number>;
}

export async function generateData(root: string, serverUrl: string, name: string, log: (m: string) => void): Promise<GeneratedData> {
  const started = Date.now();
  const admin = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  log(`created ${name}; applying migrations`);
  migrateDatabase(root, url);

  // One argon2 hash for every account: hashing 1,000 passwords would take over a minute.
  const model = buildModel(BENCH_SEED, await hashPassword(BENCH_PASSWORD), new Date());
  log(`model built in ${((Date.now() - started) / 1000).toFixed(1)} s; loading`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    for (const t of TABLES) {
      const t0 = Date.now();
      counts[t.table] = await insertColumns(client, t.table, t.types, model[t.key]);
      log(`  ${t.table}: ${counts[t.table].toLocaleString("en")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    // The latest approved figures on the commitment row, as the approval transaction keeps them.
    const latest = await client.query(`
      UPDATE "Commitment" c SET "latestActual" = u."actualValue", "latestPercent" = u."percent", "latestAsOf" = u."asOf", "latestUpdateId" = u.id
      FROM (SELECT DISTINCT ON ("commitmentId") id, "commitmentId", "actualValue", "percent", "asOf" FROM "ProgressUpdate"
            WHERE state = 'APPROVED' ORDER BY "commitmentId", "asOf" DESC, id DESC) u
      WHERE c.id = u."commitmentId"`);
    counts.commitmentsWithLatest = latest.rowCount ?? 0;
    for (const table of ["Department", "User", "Report", "Section", "Commitment", "ProgressUpdate"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`);
    }
    await client.query("COMMIT");
    log("vacuum analyze");
    await client.query("VACUUM (ANALYZE)");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  const seconds = (Date.now() - started) / 1000;
  log(`generated in ${seconds.toFixed(1)} s (scale: ${JSON.stringify(SCALE)})`);
  return { url, seconds, counts };
}
