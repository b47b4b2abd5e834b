import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

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
  const embedded = await startEmbeddedPostgres(path.join(root, EMBEDDED_DATA_DIR), log);
  await ensureDatabase(embedded.url("postgres"), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), embedded };
}
