import path from "node:path";
import { EMBEDDED_PASSWORD, EMBEDDED_USER, ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { runningEmbeddedPort } from "./running-embedded";

export interface ResolvedDatabase {
  url: string;
  /** Set when we started an embedded server that must be stopped on exit. */
  embedded: EmbeddedDatabase | null;
}

export const EMBEDDED_DATA_DIR = ".data/postgres";
const EMBEDDED_DATABASE = "duban";

/**
 * DATABASE_URL set → use it. Not set → start the embedded PostgreSQL with its data in
 * `.data/postgres` (git-ignored), so a fresh machine needs no database installed.
 */
export async function resolveDatabase(root: string, log: (m: string) => void): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const dataDir = path.join(root, EMBEDDED_DATA_DIR);
  const port = runningEmbeddedPort(dataDir);
  if (port) {
    log(`using the embedded PostgreSQL already running on port ${port}`);
    return { url: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(dataDir, log);
  await ensureDatabase(embedded.url("postgres"), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}
