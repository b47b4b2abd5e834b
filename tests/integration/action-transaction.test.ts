import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { executeAction } from "@/lib/actions/execute-action";
import { actorFor, db } from "./support";

describe("the action wrapper's transaction", () => {
  it("leaves nothing behind when the use case fails half-way: neither the write nor the audit event", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const code = `HALF-${Date.now()}`;
    const failing = defineAction({
      name: "department.create",
      subject: { entity: "Department" },
      permission: "department.manage",
      schema: z.object({ code: z.string() }),
      async run({ input, tx }) {
        await tx.department.create({ data: { code: input.code, name: `半途-${input.code}` } });
        throw new Error("simulated crash after the first write");
      },
    });
    const result = await executeAction(failing, admin, { code });
    expect(result).toMatchObject({ ok: false, kind: "error", message: "操作未能完成，请稍后重试。如问题持续，请联系系统管理员。" });
    expect(await db.department.count({ where: { code } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entity: "Department", after: { path: ["code"], equals: code } } })).toBe(0);
  });

  it("denies an action whose permission is not in the table (fail-closed)", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const unknown = defineAction({
      name: "report.delete",
      subject: { entity: "Report" },
      // @ts-expect-error: an action missing from the permissions table
      permission: "report.delete-everything",
      schema: z.object({}),
      async run() {
        throw new Error("must never run");
      },
    });
    expect(await executeAction(unknown, admin, {})).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
