// `npm run db:backup [-- <file>] [--format=pg_dump]`: a full backup of the database Duban uses
// (DATABASE_URL, or the embedded one, running or not). Default: Duban's own consistent logical
// backup as gzip'd JSON lines (works everywhere); --format=pg_dump: pg_dump's custom format, where
// a pg_dump able to dump this server is installed. Restore either with `npm run db:restore`.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { backupJson } from "@/lib/backup/backup-json";
import { pgToolsFor, runPgTool } from "@/lib/backup/pg-dump";
import { loadEnvFiles } from "@/lib/database/load-env";
import { resolveDatabase } from "@/lib/database/resolve-database";

loadEnvFiles();
const root = process.cwd();
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const args = process.argv.slice(2);
const format = args.includes("--format=pg_dump") ? "pg_dump" : "json";
const named = args.find((a) => !a.startsWith("--"));
const file = path.resolve(named ?? path.join(root, "backups", `duban-${stamp}.${format === "json" ? "json.gz" : "dump"}`));
fs.mkdirSync(path.dirname(file), { recursive: true });
const database = await resolveDatabase(root, (m) => console.error(`[backup] ${m}`));
const client = new Client({ connectionString: database.url });
try {
  await client.connect();
  if (format === "pg_dump") {
    const tools = await pgToolsFor(client);
    if (!tools.ok) throw new Error(`${tools.reason}; use the default format (no --format) instead`);
    runPgTool("pg_dump", database.url, file);
    console.log(`pg_dump backup written to ${file}`);
  } else {
    const counts = await backupJson(client, file);
    console.log(`backup written to ${file}`);
    for (const [table, rows] of Object.entries(counts)) console.log(`  ${table}: ${rows}`);
  }
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
  await database.embedded?.stop();
}
