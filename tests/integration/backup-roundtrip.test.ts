import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { BACKUP_FORMAT, backupJson } from "@/lib/backup/backup-json";
import { restoreJson } from "@/lib/backup/restore-json";
import { tableChecksums } from "@/lib/backup/table-checksums";
import { BACKUP_TABLES } from "@/lib/backup/tables";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { migrateDatabase } from "@/lib/database/migrate";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { reportWithCommitments } from "./support";

const url = process.env.DATABASE_URL!;
const withDatabase = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

// Something to back up whatever ran before this file (in a fresh database, maybe nothing).
beforeAll(async () => {
  await reportWithCommitments([{ indicator: "备份演练" }]);
});

describe("backup and restore", () => {
  it("covers every table of the schema", async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    );
    await client.end();
    expect(BACKUP_TABLES.map((t) => t.name).sort()).toEqual(rows.map((r) => r.name).sort());
  });

  it("round-trips the whole database: equal counts and checksums, and the audit chain still verifies", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duban-backup-")), "backup.json.gz");
    const source = new Client({ connectionString: url });
    await source.connect();
    const name = `duban_restore_${Date.now()}`;
    const admin = new Client({ connectionString: withDatabase("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const target = new Client({ connectionString: withDatabase(name) });
    try {
      // Checksums are taken in the same snapshot as the backup would be if nothing wrote in
      // between; other test files write concurrently, so compare against the backup's own counts
      // and then against a fresh snapshot taken right after, table by table.
      const counts = await backupJson(source, file);
      expect(counts.Report).toBeGreaterThan(0);
      migrateDatabase(process.cwd(), withDatabase(name));
      await target.connect();
      expect(await restoreJson(target, file)).toEqual(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
      const restored = await tableChecksums(target);
      for (const [table, n] of Object.entries(counts)) expect(restored[table].rows, table).toBe(n);
      // Re-backing-up the restored copy gives the same content, row for row.
      const again = path.join(path.dirname(file), "again.json.gz");
      await backupJson(target, again);
      const third = `${name}_b`;
      await admin.query(`CREATE DATABASE "${third}"`);
      migrateDatabase(process.cwd(), withDatabase(third));
      const copy = new Client({ connectionString: withDatabase(third) });
      await copy.connect();
      await restoreJson(copy, again);
      expect(await tableChecksums(copy)).toEqual(restored);
      await copy.end();
      await admin.query(`DROP DATABASE "${third}" WITH (FORCE)`);

      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: withDatabase(name) }) });
      expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
      await prisma.$disconnect();
      // A second restore into a non-empty database is refused and changes nothing.
      await expect(restoreJson(target, file)).rejects.toThrow(/not empty/);
      expect(await tableChecksums(target)).toEqual(restored);
    } finally {
      await source.end();
      await target.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});

describe("pg_dump / pg_restore (server installations)", () => {
  it("round-trips through pg_dump when a compatible pg_dump is installed, and says why not otherwise", async () => {
    const { pgToolsFor, runPgTool } = await import("@/lib/backup/pg-dump");
    const source = new Client({ connectionString: url });
    await source.connect();
    const tools = await pgToolsFor(source);
    if (!tools.ok) {
      // e.g. the embedded PostgreSQL 17 with Debian's pg_dump 15: the JSON backup is the way.
      expect(tools.reason).toMatch(/pg_dump/);
      await source.end();
      return;
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duban-pgdump-")), "backup.dump");
    const name = `duban_pgrestore_${Date.now()}`;
    const admin = new Client({ connectionString: withDatabase("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const target = new Client({ connectionString: withDatabase(name) });
    try {
      runPgTool("pg_dump", url, file); // pg_dump takes its own consistent snapshot
      runPgTool("pg_restore", withDatabase(name), file);
      await target.connect();
      const restored = await tableChecksums(target);
      expect(restored.Report.rows).toBeGreaterThan(0);
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: withDatabase(name) }) });
      expect(await verifyAuditChain(prisma)).toMatchObject({ ok: true });
      await prisma.$disconnect();
    } finally {
      await source.end();
      await target.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);

  it("restores a backup taken before a column was added, giving the column its default", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duban-backup-")), "old.json.gz");
    // A User row as a backup from before User.sessionVersion existed wrote it.
    const user = { id: 7, loginName: "old.backup", displayName: "旧备份用户", passwordHash: "x", role: "VIEWER", departmentId: null, disabled: false, createdAt: "2023-01-01T00:00:00", updatedAt: "2023-01-01T00:00:00" };
    const lines = [{ format: BACKUP_FORMAT }, { table: "User", rows: [user] }].map((l) => JSON.stringify(l)).join("\n");
    fs.writeFileSync(file, gzipSync(`${lines}\n`));
    const name = `duban_restore_old_${Date.now()}`;
    const admin = new Client({ connectionString: withDatabase("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const target = new Client({ connectionString: withDatabase(name) });
    try {
      migrateDatabase(process.cwd(), withDatabase(name));
      await target.connect();
      expect(await restoreJson(target, file)).toEqual({ User: 1 });
      const { rows } = await target.query(`SELECT "loginName", "sessionVersion" FROM "User"`);
      expect(rows).toEqual([{ loginName: "old.backup", sessionVersion: 0 }]);
    } finally {
      await target.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
