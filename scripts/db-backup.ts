// `npm run db:backup [-- <file>]`: a full logical backup of the database Duban uses (DATABASE_URL,
// or the embedded one, running or not) as gzip'd JSON lines. Restore with `npm run db:restore`.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { backupJson } from "@/lib/backup/backup-json";
import { loadEnvFiles } from "@/lib/database/load-env";
import { resolveDatabase } from "@/lib/database/resolve-database";

loadEnvFiles();
const root = process.cwd();
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const file = path.resolve(process.argv[2] ?? path.join(root, "backups", `duban-${stamp}.json.gz`));
fs.mkdirSync(path.dirname(file), { recursive: true });
const database = await resolveDatabase(root, (m) => console.error(`[backup] ${m}`));
const client = new Client({ connectionString: database.url });
try {
  await client.connect();
  const counts = await backupJson(client, file);
  console.log(`backup written to ${file}`);
  for (const [table, rows] of Object.entries(counts)) console.log(`  ${table}: ${rows}`);
} finally {
  await client.end();
  await database.embedded?.stop();
}
