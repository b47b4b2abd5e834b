import { describe, expect, it } from "vitest";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "./support";

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
  });
});
