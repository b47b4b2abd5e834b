import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { auditHash } from "@/lib/audit/audit-hash";
import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { AUDIT_LOG_PAGE_SIZE, listAuditLog } from "@/lib/audit/list-audit-log";
import { readLogLines } from "@/lib/audit/read-log-rows";
import { streamAuditLogCsv } from "@/lib/audit/stream-audit-log-csv";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { resolveAuditSubject } from "@/lib/audit/resolve-audit-subject";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { bulkAssignOwners } from "@/lib/commitments/bulk-assign-owners";
import { CHINESE_READER } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { actorFor, db, department, reportWithCommitments } from "./support";

// A bulk action's events as one batch (AuditEvent.batchId) and the log's one line for it. Other
// files write events at the same time: every query here names this file's own actor.

/** Runs `change` on the trail with its append-only trigger off, checks the chain, and undoes it all. */
async function verdictAfter(change: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>) {
  const rollback = new Error("rollback");
  let verdict: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
  await db
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      await change(tx);
      verdict = await verifyAuditChain(tx);
      throw rollback;
    })
    .catch((e) => {
      if (e !== rollback) throw e;
    });
  return verdict;
}

describe("a bulk action's events in the audit trail", () => {
  it("are one batch — the first event's id on each, hashed with it — shown as one line of the log, its events under it", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const lead = await department();
    const { commitments } = await reportWithCommitments(Array.from({ length: 50 }, (_, i) => ({ indicator: `批量分工测试${i + 1}` })));
    const ids = commitments.map((c) => c.id).sort((a, b) => a - b);
    await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [{ action: "settings.update", entity: "Setting", entityId: "instance", after: { staleAfterDays: 30 } }]));
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids.map(String), leadDepartmentId: String(lead.id) })).toMatchObject({ ok: true, data: { count: 50 } });

    // What they shared already — the actor, the time, consecutive ids — and the batch now recorded.
    const events = await db.auditEvent.findMany({ where: { actorId: admin.id, action: "commitment.assignOwners" }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(50);
    const first = events[0].id;
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => first + BigInt(i)));
    expect(new Set(events.map((e) => e.at.getTime())).size).toBe(1);
    expect(events.every((e) => e.batchId === first)).toBe(true);
    expect(events.map((e) => e.entityId)).toEqual(ids.map(String));
    const alone = await db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, action: "settings.update" } });
    expect(alone.batchId).toBeNull();
    for (const e of [...events, alone]) expect(e.hash).toBe(auditHash(e.prevHash, e));
    expect(await verifyAuditChain()).toMatchObject({ ok: true });

    // Part of the record: taken out of its batch, or put into one, an event no longer matches its hash.
    const last = events[49];
    expect(await verdictAfter((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "batchId" = NULL WHERE id = ${last.id}`)).toMatchObject({ ok: false, brokenAt: last.id.toString(), reason: "hash" });
    expect(await verdictAfter((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "batchId" = ${first} WHERE id = ${alone.id}`)).toMatchObject({ ok: false, brokenAt: alone.id.toString(), reason: "hash" });

    // The log: one line for the fifty, newest first, the setting's line after it.
    const log = await listAuditLog(parseAuditLogQuery({ who: admin.loginName }));
    expect(log).toMatchObject({ total: 51, page: 1, pages: 1 });
    expect(log.events.map((e) => [e.id, e.action])).toEqual([
      [first.toString(), "commitment.assignOwners"],
      [alone.id.toString(), "settings.update"],
    ]);
    expect(log.batches.get(first.toString())?.map((e) => e.entityId)).toEqual(ids.map(String));
    const lines = await readLogLines(log, [{ id: lead.id, name: lead.name }], CHINESE_READER);
    expect(lines[0]).toMatchObject({ action: "设置责任分工：50 项", batch: { lastId: last.id.toString() } });
    expect(lines[0].batch?.entries.map((e) => e.subject.name)).toEqual(ids.map((_, i) => `批量分工测试${i + 1}`));
    expect(lines[0].batch?.entries[0].changes).toContainEqual(expect.objectContaining({ field: "leadDepartmentId", after: lead.name }));
    expect(lines[1]).toMatchObject({ action: "修改系统设置", batch: null });
    // The kind and the action keep the batch whole; the days too.
    for (const params of [{ kind: "work" }, { action: "commitment.assignOwners" }, { kind: "work", from: "2020-01-01" }]) {
      const found = await listAuditLog(parseAuditLogQuery({ who: admin.loginName, ...params }));
      expect(found.events.map((e) => e.id), JSON.stringify(params)).toEqual([first.toString()]);
      expect(found.batches.get(first.toString()), JSON.stringify(params)).toHaveLength(50);
      expect(found.total).toBe(50);
    }
    // Asked about one of the fifty commitments: its own event, not the batch.
    const query = parseAuditLogQuery({ subjectKind: "commitment", subject: `#${ids[7]}` });
    const subject = await resolveAuditSubject(query);
    if (subject.status !== "found") throw new Error("not found");
    const one = await listAuditLog(query, subject.filter);
    expect(one.events.map((e) => [e.action, e.entityId, e.actor?.id])).toEqual([["commitment.assignOwners", String(ids[7]), admin.id]]);
    expect(one.batches.size).toBe(0);
    expect((await readLogLines(one, [], CHINESE_READER))[0]).toMatchObject({ action: "设置责任分工", batch: null });
  });

  it("puts an execution's events of one action together, each action in the order it first came, and pages by line", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const entry = (action: string, n: number) => ({ action, entity: "Test", entityId: n });
    await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [entry("test.a", 1), entry("test.b", 2), entry("test.a", 3), entry("test.c", 4), entry("test.a", 5)]));
    const written = await db.auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { id: "asc" } });
    const a = written[0].id;
    expect(written.map((e) => [e.action, e.entityId, e.batchId])).toEqual([
      ["test.a", "1", a],
      ["test.a", "3", a],
      ["test.a", "5", a],
      ["test.b", "2", null],
      ["test.c", "4", null],
    ]);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });

    // A page holds 50 lines, a batch being one: 3 lines + 60 events alone = 63 lines, 2 pages.
    for (let i = 0; i < 60; i++) await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [entry("test.alone", i)]));
    const page1 = await listAuditLog(parseAuditLogQuery({ who: admin.loginName }));
    expect(page1).toMatchObject({ total: 65, page: 1, pages: 2 });
    expect(page1.events).toHaveLength(AUDIT_LOG_PAGE_SIZE);
    const page2 = await listAuditLog(parseAuditLogQuery({ who: admin.loginName, page: "2" }));
    expect(page2.events.map((e) => e.action)).toEqual([...Array(10).fill("test.alone"), "test.c", "test.b", "test.a"]);
    expect(page2.batches.get(a.toString())?.map((e) => e.entityId)).toEqual(["1", "3", "5"]);
  });

  it("are marked in the CSV with their batch — the number of its first event —, an event alone with none", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const entry = (action: string, n: number) => ({ action, entity: "Test", entityId: n });
    await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [entry("test.a", 1), entry("test.b", 2), entry("test.a", 3)]));
    const written = await db.auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { id: "asc" } });
    const [first, second, alone] = written.map((e) => e.id.toString());

    const csvOf = async (reader: Parameters<typeof streamAuditLogCsv>[1]) => {
      const csv = await new Response(await streamAuditLogCsv(auditLogWhere(parseAuditLogQuery({ who: admin.loginName }), null), reader)).text();
      return csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n").map((line) => line.split(","));
    };
    const [header, ...rows] = await csvOf(CHINESE_READER);
    expect(header.slice(0, 3)).toEqual(["编号", "批次编号", "时间"]);
    // Newest first: the event alone, then the batch's two, each naming its first.
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      [alone, "", "test.b"],
      [second, first, "test.a"],
      [first, first, "test.a"],
    ]);
    expect((await csvOf({ t: translator("en"), locale: "en" }))[0].slice(0, 3)).toEqual(["No.", "Batch number", "Time"]);
  });
});
