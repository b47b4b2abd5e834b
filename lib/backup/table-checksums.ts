import type { Client } from "pg";
import { BACKUP_TABLES, orderClause, quoteIdent } from "./tables";

/** Row count and an md5 over every row's text, in key order, for each table. */
export async function tableChecksums(client: Client): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const table of BACKUP_TABLES) {
    const { rows } = await client.query<{ rows: string; md5: string | null }>(
      `SELECT count(*)::text AS rows, md5(string_agg(t::text, E'\\n' ORDER BY ${orderClause(table)})) AS md5 FROM ${quoteIdent(table.name)} t`,
    );
    out[table.name] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? "" };
  }
  return out;
}
