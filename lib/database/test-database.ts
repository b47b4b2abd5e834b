import { randomBytes } from "node:crypto";
import { loadEnvFiles } from "./load-env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { migrateDatabase } from "./migrate";
import { TEST_ADMIN_PASSWORD } from "@/lib/users/published-passwords";

export interface TestDatabase {
  url: string;
  dispose: () => Promise<void>;
}

/**
 * A fresh database for one test run, migrated and seeded (demo users, the Luoyang report):
 * - TEST_DATABASE_URL set → that (empty) database is used as is (CI creates one per run);
 * - else DATABASE_URL set → a new `duban_test_*` database on that server, dropped afterwards;
 * - else an embedded PostgreSQL in .data/postgres-test, so tests need no database installed.
 */
export async function prepareTestDatabase(root: string, log: (m: string) => void): Promise<TestDatabase> {
  loadEnvFiles(root);
  let url: string;
  let dispose = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    url = process.env.TEST_DATABASE_URL;
  } else {
    const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(`${root}/.data/postgres-test`, log);
    const serverUrl = embedded ? embedded.url("postgres") : withDatabase(process.env.DATABASE_URL!, "postgres");
    const name = `duban_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    url = withDatabase(serverUrl, name);
    dispose = async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((e) => log(String(e)));
      await embedded?.stop();
    };
  }
  log(`migrating ${redact(url)}`);
  migrateDatabase(root, url);
  process.env.DATABASE_URL = url;
  const { db, disconnectDatabase } = await import("@/lib/db");
  const { runSeed } = await import("@/lib/seed/run-seed");
  await runSeed(db, { root, demo: true, adminPassword: TEST_ADMIN_PASSWORD, log });
  await disconnectDatabase();
  return { url, dispose };
}

/** The admin password of test databases (e2e signs in with it). */
export { TEST_ADMIN_PASSWORD };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
