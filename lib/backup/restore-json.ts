import fs from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type { Client } from "pg";
import { BACKUP_FORMAT } from "./backup-json";
import { BACKUP_TABLES, quoteIdent } from "./tables";

/**
 * Restores a backupJson file into a migrated, EMPTY database, all in one transaction: either
 * everything is restored or nothing is. Sequences are moved past the restored ids.
 */
export async function restoreJson(client: Client, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await client.query("BEGIN");
  try {
    await assertEmpty(client);
    // Opened only now: lines read while an earlier await was pending would be lost.
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const latestUpdate: { id: number; latestUpdateId: number }[] = [];
    let header = true;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { format?: string; table?: string; rows?: Record<string, unknown>[] };
      if (header) {
        if (record.format !== BACKUP_FORMAT) throw new Error(`Not a Duban backup (format ${String(record.format)})`);
        header = false;
        continue;
      }
      const table = BACKUP_TABLES.find((t) => t.name === record.table);
      if (!table || !record.rows) throw new Error(`Unknown table in backup: ${String(record.table)}`);
      let rows = record.rows;
      if (table.name === "Commitment") {
        // Its latest update does not exist yet; linked once the updates are in.
        for (const r of rows) if (r.latestUpdateId != null) latestUpdate.push({ id: r.id as number, latestUpdateId: r.latestUpdateId as number });
        rows = rows.map((r) => ({ ...r, latestUpdateId: null }));
      }
      await insertRows(client, table.name, rows);
      counts[table.name] = (counts[table.name] ?? 0) + rows.length;
    }
    if (header) throw new Error("The backup file is empty");
    if (latestUpdate.length) {
      await client.query(
        `UPDATE "Commitment" c SET "latestUpdateId" = x."latestUpdateId" FROM json_to_recordset($1::json) AS x(id int, "latestUpdateId" int) WHERE c.id = x.id`,
        [JSON.stringify(latestUpdate)],
      );
    }
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return counts;
}

/**
 * Inserts the rows into the columns they carry that the table still has. A backup taken before a
 * migration added a column (User.sessionVersion) leaves it to the column's default, where
 * `SELECT *` would have written NULL into a NOT NULL column and refused the whole restore.
 */
async function insertRows(client: Client, tableName: string, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const { rows: existing } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
    [quoteIdent(tableName)],
  );
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  const columns = existing.map((c) => c.name).filter((name) => present.has(name)).map(quoteIdent).join(", ");
  await client.query(
    `INSERT INTO ${quoteIdent(tableName)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(tableName)}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

async function assertEmpty(client: Client) {
  for (const table of BACKUP_TABLES) {
    const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(table.name)} LIMIT 1`);
    if (rows.length) throw new Error(`The target database is not empty (table ${table.name} has rows): restore into a new, migrated database`);
  }
}

async function resetSequences(client: Client) {
  const { rows } = await client.query<{ table: string; column: string; seq: string }>(`
    SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
      AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`);
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(r.column)}) FROM ${quoteIdent(r.table)}), 0) + 1, false)`, [r.seq]);
  }
}
