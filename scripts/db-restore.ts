// `npm run db:restore -- <file>`: restores a db:backup file into the database Duban uses, which
// must be freshly migrated and empty (e.g. a new DATABASE_URL, or after moving .data/postgres
// away). Migrations are applied first; everything is restored in one transaction.
import { Client } from "pg";
import { restoreJson } from "@/lib/backup/restore-json";
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
  migrateDatabase(root, database.url);
  await client.connect();
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
