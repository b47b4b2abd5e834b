import fs from "node:fs";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import type { Client } from "pg";
import { BACKUP_TABLES, orderClause, quoteIdent } from "./tables";

const BATCH = 2_000;
export const BACKUP_FORMAT = "duban-backup/1";

/**
 * A full logical backup as gzip'd JSON lines: a header, then `{ table, rows }` batches in
 * foreign-key order. Rows are PostgreSQL's own row_to_json, so every type (Decimal, bytea, jsonb,
 * dates) comes back exactly through json_populate_recordset. Runs in one REPEATABLE READ
 * transaction: a consistent snapshot even while the app keeps writing.
 */
export async function backupJson(client: Client, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    async function* lines() {
      yield JSON.stringify({ format: BACKUP_FORMAT, createdAt: new Date().toISOString(), tables: BACKUP_TABLES.map((t) => t.name) }) + "\n";
      for (const table of BACKUP_TABLES) {
        counts[table.name] = 0;
        // Keyset pages for id tables (hundreds of thousands of updates); the others are small.
        const byId = table.orderBy.length === 1 && table.orderBy[0] === "id";
        let after: string | number = -1;
        for (let offset = 0; ; offset += BATCH) {
          const result: { rows: { r: Record<string, unknown>; k: string | number }[] } = await client.query(
            byId
              ? `SELECT row_to_json(t) AS r, t.id AS k FROM ${quoteIdent(table.name)} t WHERE t.id > $1 ORDER BY t.id LIMIT ${BATCH}`
              : `SELECT row_to_json(t) AS r, 0 AS k FROM ${quoteIdent(table.name)} t ORDER BY ${orderClause(table)} LIMIT ${BATCH} OFFSET ${offset}`,
            byId ? [after] : [],
          );
          const rows = result.rows;
          if (rows.length === 0) break;
          counts[table.name] += rows.length;
          after = rows[rows.length - 1].k;
          yield JSON.stringify({ table: table.name, rows: rows.map((row) => row.r) }) + "\n";
          if (rows.length < BATCH) break;
        }
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), fs.createWriteStream(file, { mode: 0o600 }));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return counts;
}
