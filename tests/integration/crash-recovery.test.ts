import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportHash } from "@/lib/reports/save-report";
import { actorFor, db, waitFor } from "./support";

const LINES = 4000;

describe("a server killed in the middle of an import", () => {
  it("leaves nothing half-imported: no report, no commitment, the draft still there to accept again", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = Math.random().toString(36).slice(2, 8);
    const text = Array.from({ length: LINES }, (_, i) => `新增试点项目${i + 1}个（${tag}）。`).join("\n");
    let offset = 0;
    const candidates = text.split("\n").map((line, i) => {
      const c = {
        key: `c${i}`, section: "二", theme: null, kind: "numeric", start: offset, end: offset + line.length, indicator: `试点项目${i + 1}`,
        value: i + 1, min: null, max: null, unit: "个", comparator: "=", deadline: "2023-12-31", deadlineStated: false,
        leadDepartmentId: null, supportingDepartmentIds: [], responsibleUserId: null,
      };
      offset += line.length + 1;
      return c;
    });
    const draft = await db.importDraft.create({
      data: {
        title: `崩溃测试 ${tag}`, issuer: `测试 ${tag}`, year: 2023, text, sourceHash: reportHash(text),
        sections: [{ code: "二", part: "二", title: "目标", order: 1, start: 0, end: text.length }], candidates, createdById: admin.id,
      },
    });

    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "tests/integration/children/accept-import.ts", String(draft.id), String(admin.id)],
      { env: { ...process.env, DATABASE_POOL_SIZE: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ? null : code)));

    // Kill it once its import transaction has been writing for a moment (it locks the draft row).
    const inTransaction = await waitFor(async () => {
      const rows = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start < now() - interval '150 milliseconds'
          AND l.relation = '"ImportDraft"'::regclass AND l.mode = 'RowShareLock'`;
      return Number(rows[0].n) > 0;
    }, 30_000);
    expect(inTransaction).toBe(true);
    child.kill("SIGKILL");
    expect(await exited).toBeNull();

    // The database rolls the dead connection's transaction back.
    expect(await waitFor(async () => (await db.report.count({ where: { sourceHash: draft.sourceHash } })) === 0, 5_000)).toBe(true);
    expect(await db.commitment.count({ where: { quote: { contains: tag } } })).toBe(0);
    expect(await db.importDraft.count({ where: { id: draft.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "report.import", after: { path: ["draftId"], equals: draft.id } } })).toBe(0);
  }, 90_000);
});
