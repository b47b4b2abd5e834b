import { spawnSync } from "node:child_process";
import type { Client } from "pg";

/**
 * `pg_dump` / `pg_restore` from the PATH, when their major version can handle the server's (a
 * dump tool refuses newer servers). The embedded PostgreSQL ships without them, so Duban's own
 * JSON backup is the default and this is the format for server installations.
 */
export async function pgToolsFor(client: Client): Promise<{ ok: true } | { ok: false; reason: string }> {
  const probe = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) return { ok: false, reason: "pg_dump is not installed" };
  const toolMajor = Number(/(\d+)(?:\.\d+)?/.exec(probe.stdout)?.[1] ?? 0);
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  const serverMajor = Math.floor(Number(rows[0].v) / 10000);
  if (!Number.isFinite(serverMajor) || toolMajor < serverMajor) return { ok: false, reason: `pg_dump ${toolMajor} cannot dump a PostgreSQL ${serverMajor} server` };
  return { ok: true };
}

/** Runs pg_dump (custom format) or pg_restore against a connection URL; throws with its stderr. */
export function runPgTool(tool: "pg_dump" | "pg_restore", url: string, file: string): void {
  const args = tool === "pg_dump" ? ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${url}`] : ["--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file];
  const result = spawnSync(tool, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.trim()}`);
}
