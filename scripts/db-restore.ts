// `npm run db:restore -- <file>`: restores a db:backup file into the database Duban uses, which
// must be empty (e.g. a new DATABASE_URL, or after moving .data/postgres away). A JSON backup is
// restored after applying migrations, in one transaction; a .dump with pg_restore.
import { Client } from "pg";
import { restoreJson } from "@/lib/backup/restore-json";
import { pgToolsFor, runPgTool } from "@/lib/backup/pg-dump";
import { tableChecksums } from "@/lib/backup/table-checksums";
import { loadEnvFiles } from "@/lib/database/load-env";
import { migrateDatabase } from "@/lib/database/migrate";
import { resolveDatabase } from "@/lib/database/resolve-database";

loadEnvFiles();
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const root = process.cwd();
const database = await resolveDatabase(root, (m) => console.error(`[restore] ${m}`));
const client = new Client({ connectionString: database.url });
try {
  await client.connect();
  if (file.endsWith(".dump")) {
    // pg_dump's custom format carries the schema itself: restore into an empty database.
    const tools = await pgToolsFor(client);
    if (!tools.ok) throw new Error(tools.reason);
    runPgTool("pg_restore", database.url, file);
    console.log(`restored ${file} with pg_restore`);
    process.exit(0);
  }
  migrateDatabase(root, database.url);
  const counts = await restoreJson(client, file);
  console.log(`restored ${file}`);
  const sums = await tableChecksums(client);
  for (const [table, rows] of Object.entries(counts)) console.log(`  ${table}: ${rows} (md5 ${sums[table].md5.slice(0, 12)})`);
} catch (error) {
  console.error(`restore failed, nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
  await database.embedded?.stop();
}
