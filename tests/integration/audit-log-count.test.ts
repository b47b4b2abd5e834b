import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { auditLogCountSql, listAuditLog } from "@/lib/audit/list-audit-log";
import { resolveAuditSubject } from "@/lib/audit/resolve-audit-subject";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/progress/iso-day";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, db } from "./support";

// A view of the log is counted in one SQL statement (its events and its lines), while its events
// are read through Prisma: the two forms of the filters must find the same events. Other files
// write events at the same time: every view here names this file's own actor or record.

async function viewOf(params: Record<string, string>) {
  const query = parseAuditLogQuery(params);
  const subject = await resolveAuditSubject(query);
  if (subject.status === "refused") throw new Error(`refused: ${subject.problem.key}`);
  return { query, subject: subject.status === "found" ? subject.filter : null };
}

describe("the count of a view of the audit log", () => {
  it("counts the events the page's filters find, and a batch as one line", async () => {
    const suffix = randomUUID().slice(0, 8);
    const admin = await actorFor({ role: "ADMIN", loginName: `count-${suffix}`, displayName: `计数管理员${suffix}` });
    const user = { action: "user.update", entity: "User", entityId: admin.id };
    await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [user, user, user, { action: "department.rename", entity: "Department", entityId: `none-${suffix}` }]));
    await db.$transaction((tx) => writeAuditEvents(tx, admin.id, [{ action: "settings.update", entity: "Setting", entityId: "instance" }]));
    const intruder = `count-intruder-${suffix}`;
    await verifyCredentials(intruder, "guess-one");
    await verifyCredentials(intruder, "guess-two");

    const today = todayIsoDay();
    const views: [Record<string, string>, { events: number; lines: number }][] = [
      [{ who: admin.loginName }, { events: 5, lines: 3 }],
      [{ who: admin.loginName.toUpperCase() }, { events: 5, lines: 3 }],
      [{ who: `管理员${suffix}` }, { events: 5, lines: 3 }],
      // A wildcard typed is searched as text.
      [{ who: `count_${suffix}` }, { events: 0, lines: 0 }],
      [{ who: admin.loginName, kind: "account" }, { events: 4, lines: 2 }],
      [{ who: admin.loginName, kind: "settings" }, { events: 1, lines: 1 }],
      [{ who: admin.loginName, kind: "signIn" }, { events: 0, lines: 0 }],
      [{ who: admin.loginName, action: "user.update" }, { events: 3, lines: 1 }],
      [{ who: admin.loginName, kind: "work", action: "user.update" }, { events: 0, lines: 0 }],
      [{ who: admin.loginName, from: today, to: today }, { events: 5, lines: 3 }],
      [{ who: admin.loginName, to: addDays(today, -1) }, { events: 0, lines: 0 }],
      [{ who: admin.loginName, from: addDays(today, 1) }, { events: 0, lines: 0 }],
      // By record, every event is a line of its own.
      [{ subjectKind: "user", subject: admin.loginName }, { events: 3, lines: 3 }],
      [{ subjectKind: "user", subject: admin.loginName, who: admin.displayName, kind: "account" }, { events: 3, lines: 3 }],
      [{ subjectKind: "user", subject: intruder }, { events: 2, lines: 2 }],
      [{ subjectKind: "user", subject: intruder, who: "未登录的访问者" }, { events: 2, lines: 2 }],
      [{ subjectKind: "user", subject: intruder, who: "not signed in" }, { events: 2, lines: 2 }],
      [{ subjectKind: "user", subject: intruder, who: "系统" }, { events: 0, lines: 0 }],
      [{ subjectKind: "user", subject: intruder, who: admin.loginName }, { events: 0, lines: 0 }],
    ];
    for (const [params, expected] of views) {
      const { query, subject } = await viewOf(params);
      const label = JSON.stringify(params);
      const [counted] = await db.$queryRaw<{ events: number; lines: number }[]>(auditLogCountSql(query, subject));
      expect({ events: counted.events, lines: subject ? counted.events : counted.lines }, label).toEqual(expected);
      // What the page then reads, through Prisma, is what was counted.
      expect(await db.auditEvent.count({ where: auditLogWhere(query, subject) }), label).toBe(expected.events);
      const log = await listAuditLog(query, subject);
      expect(log.total, label).toBe(expected.events);
      expect(log.events, label).toHaveLength(expected.lines);
    }
  });

  it("reads a kind's count from the index on its action alone", async () => {
    const { query } = await viewOf({ kind: "refused" });
    // The planner's choice depends on the table's size; whether the index can answer it does not.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
      const [row] = await tx.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${auditLogCountSql(query, null)}`);
      return JSON.stringify(row["QUERY PLAN"]);
    });
    expect(plan).toContain('"Node Type":"Index Only Scan"');
    expect(plan).toContain(`"Index Name":"AuditEvent_action_at_batchId_id_idx"`);
  });
});
