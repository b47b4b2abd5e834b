import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditHash } from "@/lib/audit/audit-hash";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { lockActiveIds } from "@/lib/users/lock-active-admins";
import { actorFor, db, someoneWaitsOnLock, waitFor } from "./support";

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await db.$transaction((tx) => writeAuditEvents(tx, null, [{ action: "test.append", entity: "Test", entityId: 1, after: { n: 1 } }]));
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE id = ${last.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${last.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("chains every event to the one before, even with concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) =>
          writeAuditEvents(tx, null, [
            { action: "test.concurrent", entity: "Test", entityId: i, before: { decimal: "1.50" }, after: { z: 1, a: [2, { y: null }] } },
          ]),
        ),
      ),
    );
    const verdict = await verifyAuditChain();
    expect(verdict.ok).toBe(true);
    expect(verdict.checked).toBeGreaterThanOrEqual(20);
    // The time is read under the chain's lock: in chain (id) order, times never go back.
    const times = (await db.auditEvent.findMany({ where: { action: "test.concurrent" }, orderBy: { id: "asc" }, select: { at: true } })).map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });

  it("leaves nothing behind when the transaction is rolled back, and refuses an isolation level that could fork the chain", async () => {
    const count = () => db.auditEvent.count({ where: { action: "test.rollback" } });
    const entry = { action: "test.rollback", entity: "Test", entityId: "r", after: { n: 1 } };
    const rollback = new Error("rollback");
    await db
      .$transaction(async (tx) => {
        await writeAuditEvents(tx, null, [entry, entry]);
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    expect(await count()).toBe(0);
    // Under REPEATABLE READ the head would be read from the transaction's first snapshot.
    await expect(db.$transaction((tx) => writeAuditEvents(tx, null, [entry]), { isolationLevel: "RepeatableRead" })).rejects.toThrow(/READ COMMITTED/);
    expect(await count()).toBe(0);
  });

  it("appends an admin's event while another admin's change holds the admins' rows (no deadlock on the chain's lock)", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLocked = new Promise<void>((r) => (locked = r));
    // A role change or disabling in progress: every active admin's row locked until it ends.
    const holder = db.$transaction(async (tx) => {
      await lockActiveIds(tx, "ADMIN");
      locked();
      await held;
    }, { timeout: 20_000 });
    await hasLocked;
    // The audit event names the admin as its actor: its foreign-key check must not wait for
    // the holder (which would next want the chain's lock this append holds).
    let outcome: "appended" | "blocked" | null = null;
    const appended = db.$transaction((tx) => writeAuditEvents(tx, admin.id, [{ action: "test.admin-locked", entity: "Test", entityId: "a" }])).then(() => {
      outcome ??= "appended";
    });
    // Whichever comes first: the append commits, or it is seen waiting for a row lock (not for the
    // chain's advisory lock, which another test file's append may hold meanwhile).
    await waitFor(async () => {
      if (outcome) return true;
      if (await someoneWaitsOnLock(["%duban_audit_append%"], undefined, { rowLocksOnly: true })) outcome ??= "blocked";
      return outcome !== null;
    }, 30_000);
    release();
    await holder;
    await appended;
    expect(outcome).toBe("appended");
  });

  it("stores what it was given, in order, hashed in the database as lib/audit/audit-hash.ts hashes it", async () => {
    // Its own action name, so a second run against the same database finds only its own events.
    const action = `test.stored.${randomUUID()}`;
    const entries = [
      { action, entity: "Commitment", entityId: 7, before: { 指标: "新增高标准农田", value: "11.00" }, after: { 指标: "新增高标准农田", value: "12.50", prevHash: "" } },
      { action, entity: "Commitment", entityId: "8", after: { note: "line\nbreak \"quoted\" \u2028 😀" } },
      { action, entity: "Commitment", entityId: 9 },
    ];
    const { id: actorId } = await db.user.findFirstOrThrow({ select: { id: true } });
    const before = new Date();
    await db.$transaction((tx) => writeAuditEvents(tx, actorId, entries));
    const rows = await db.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.entityId, r.actorId, r.before, r.after])).toEqual([
      ["7", actorId, entries[0].before, entries[0].after],
      ["8", actorId, null, entries[1].after],
      ["9", actorId, null, null],
    ]);
    // One time for the whole call, kept to the millisecond in UTC.
    expect(new Set(rows.map((r) => r.at.toISOString())).size).toBe(1);
    expect(rows[0].at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(rows[0].at.getTime()).toBeLessThanOrEqual(Date.now());
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      if (i > 0) expect(r.prevHash).toBe(rows[i - 1].hash);
      expect(r.hash).toBe(auditHash(r.prevHash, r));
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});

describe("verifying the chain", () => {
  it("reports the first event whose content was changed behind the app's back", async () => {
    await db.$transaction((tx) => writeAuditEvents(tx, null, [{ action: "test.tamper", entity: "Test", entityId: "t", after: { amount: "100" } }]));
    const target = await db.auditEvent.findFirstOrThrow({ where: { action: "test.tamper" }, orderBy: { id: "desc" } });
    const rollback = new Error("rollback");
    let verdict: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
    // A database superuser could switch the trigger off; do it in a transaction that is rolled back.
    await db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
        await tx.$executeRaw`UPDATE "AuditEvent" SET "after" = '{"amount":"1"}'::jsonb WHERE id = ${target.id}`;
        verdict = await verifyAuditChain(tx);
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    expect(verdict).toMatchObject({ ok: false, brokenAt: target.id.toString(), reason: "hash" });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });

  it("shows the newest events removed, or the trail rewritten, against a point written down before", async () => {
    await db.$transaction((tx) => writeAuditEvents(tx, null, [{ action: "test.anchor", entity: "Test", entityId: "a", after: { n: 1 } }]));
    const intact = await verifyAuditChain();
    if (!intact.ok || !intact.head) throw new Error("the trail should be intact and not empty");
    const anchor = { id: intact.head.id, hash: intact.head.hash.slice(0, 16) };
    expect(await verifyAuditChain(db, anchor)).toMatchObject({ ok: true, anchor: anchor.id });
    const rollback = new Error("rollback");
    const tampered = async (tamper: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>) => {
      let verdict: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
      await db
        .$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
          await tamper(tx);
          verdict = await verifyAuditChain(tx, anchor);
          throw rollback;
        })
        .catch((e) => {
          if (e !== rollback) throw e;
        });
      return verdict;
    };
    // The newest events deleted: the rest still links up, but the point written down is gone.
    expect(await tampered((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id >= ${BigInt(anchor.id)}`)).toMatchObject({ ok: false, brokenAt: anchor.id, reason: "anchorMissing" });
    // The event rewritten, with its hash and every later one recomputed by the public formula (as
    // someone with the owner's rights would, other test files' events appended since included —
    // the trigger's lock holds new ones back meanwhile): it all links up, but the event no longer
    // has the hash written down.
    const forged = await tampered(async (tx) => {
      const events = await tx.auditEvent.findMany({ where: { id: { gte: BigInt(anchor.id) } }, orderBy: { id: "asc" } });
      let prev = events[0].prevHash;
      for (const [i, e] of events.entries()) {
        const after = i === 0 ? { n: 2 } : e.after;
        const hash = auditHash(prev, { ...e, after });
        await tx.$executeRaw`UPDATE "AuditEvent" SET "after" = ${JSON.stringify(after)}::jsonb, "prevHash" = ${prev}, "hash" = ${hash} WHERE id = ${e.id}`;
        prev = hash;
      }
    });
    expect(forged).toMatchObject({ ok: false, brokenAt: anchor.id, reason: "anchor" });
    expect(await verifyAuditChain(db, anchor)).toMatchObject({ ok: true });
  });
});
