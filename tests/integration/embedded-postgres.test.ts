import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";

describe("the embedded PostgreSQL used when no DATABASE_URL is set", () => {
  it("is a real PostgreSQL 17 whose data survives a stop and a second start", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-embedded-"));
    fs.chmodSync(dir, 0o777); // run as root, Postgres runs as its own system user
    const dataDir = path.join(dir, "postgres");
    try {
      const first = await startEmbeddedPostgres(dataDir);
      await ensureDatabase(first.url("postgres"), "keep");
      await query(first.url("keep"), "CREATE TABLE note (body text); INSERT INTO note VALUES ('还在')");
      const version = await query(first.url("keep"), "SHOW server_version");
      expect(version[0].server_version).toMatch(/^17\./);
      await first.stop();

      const second = await startEmbeddedPostgres(dataDir);
      expect(await query(second.url("keep"), "SELECT body FROM note")).toEqual([{ body: "还在" }]);
      await second.stop();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    return Array.isArray(result) ? result[result.length - 1].rows : result.rows;
  } finally {
    await client.end();
  }
}
