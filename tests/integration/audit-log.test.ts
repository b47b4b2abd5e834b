import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { findAuditSubjects } from "@/lib/audit/find-audit-subjects";
import { describeAuditLog } from "@/lib/audit/describe-audit-log";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { readLogRows } from "@/lib/audit/read-log-rows";
import { streamAuditLogCsv } from "@/lib/audit/stream-audit-log-csv";
import { listRecordedRenames } from "@/lib/audit/list-recorded-renames";
import { namesInForce } from "@/lib/audit/names-in-force";
import { assignOwners } from "@/lib/commitments/assign-owners";
import { createDepartment } from "@/lib/departments/create-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { CHINESE_READER } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { addDays } from "@/lib/progress/iso-day";
import { seedCommitment } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { createUser } from "@/lib/users/create-user";
import { actorFor, db, department } from "./support";

// Other files write audit events at the same time: each query here names its own actor.
describe("the admin's audit log", () => {
  it("finds events by who, action and China day, naming and linking what they are about", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const commitment = await seedCommitment(db, { year: 2023, targetValue: 11, unit: "万亩", comparator: "AT_LEAST", leadDepartmentId: dept.id, indicator: "新增高标准农田" });
    const loginName = `log-${Math.random().toString(36).slice(2, 10)}`;
    expect((await executeAction(createUser, admin, { loginName, displayName: "日志测试用户", role: "VIEWER", departmentId: "", password: "a-long-password" })).ok).toBe(true);
    expect((await executeAction(submitUpdate, official, { commitmentId: String(commitment.id), asOf: "2023-06-30", actualValue: "5.5", narrative: "完成5.5万亩。" })).ok).toBe(true);

    const byAdmin = await listAuditLog(parseAuditLogQuery({ who: admin.loginName }));
    expect(byAdmin.total).toBe(1);
    expect(byAdmin.events[0]).toMatchObject({ action: "user.create", entity: "User", actor: { id: admin.id, loginName: admin.loginName } });
    const user = await db.user.findUniqueOrThrow({ where: { loginName } });
    const adminSubjects = await findAuditSubjects(byAdmin.events);
    expect(adminSubjects.get("User", String(user.id))).toMatchObject({ name: "日志测试用户", loginName, href: `/admin/users/${user.id}` });

    // An update is named by its commitment, whose unit its figures are written in.
    const submitted = await listAuditLog(parseAuditLogQuery({ who: official.loginName.toUpperCase(), action: "update.submit" }));
    expect(submitted.events.map((e) => e.action)).toEqual(["update.submit"]);
    const subjects = await findAuditSubjects(submitted.events);
    expect(subjects.get("ProgressUpdate", submitted.events[0].entityId)).toEqual({ name: "新增高标准农田", href: `/commitments/${commitment.id}`, unit: "万亩", comparator: "AT_LEAST" });
    expect((await listAuditLog(parseAuditLogQuery({ who: official.loginName, action: "user.create" }))).total).toBe(0);

    const today = todayIsoDay();
    expect((await listAuditLog(parseAuditLogQuery({ who: admin.loginName, from: today, to: today }))).total).toBe(1);
    expect((await listAuditLog(parseAuditLogQuery({ who: admin.loginName, to: addDays(today, -1) }))).total).toBe(0);
    expect((await listAuditLog(parseAuditLogQuery({ who: admin.loginName, from: addDays(today, 1) }))).total).toBe(0);
    // Days typed the wrong way round mean the days between.
    expect((await listAuditLog(parseAuditLogQuery({ who: admin.loginName, from: addDays(today, 1), to: addDays(today, -1) }))).total).toBe(1);
  });

  it("finds the events no user made by the name the log gives them (系统 / System)", async () => {
    await db.$transaction((tx) => writeAuditEvents(tx, null, [{ action: "report.import", entity: "Report", entityId: 0, after: { source: "seed" } }]));
    // A user whose name holds the word is found as well.
    const named = await actorFor({ role: "ADMIN", displayName: "系统管理员" });
    await db.$transaction((tx) => writeAuditEvents(tx, named.id, [{ action: "settings.update", entity: "Setting", entityId: "instance", after: { staleAfterDays: 30 } }]));
    for (const who of ["系统", "System", "system"]) {
      const found = await listAuditLog(parseAuditLogQuery({ who }));
      expect(found.events.some((e) => e.actor === null)).toBe(true);
      // Nothing else: events without a user, and users whose names hold the word.
      for (const e of found.events) expect(e.actor === null || `${e.actor.loginName} ${e.actor.displayName}`.toLowerCase().includes(who.toLowerCase())).toBe(true);
      if (who === "系统") expect(found.events.some((e) => e.actor?.id === named.id)).toBe(true);
    }
  });

  it("marks who acted with an account disabled since, on the page's lines and in the export", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const departed = await actorFor({ role: "ADMIN", displayName: "离任管理员" });
    const loginName = `gone-${Math.random().toString(36).slice(2, 10)}`;
    expect(await executeAction(createUser, departed, { loginName, displayName: "离任前新建", role: "VIEWER", departmentId: "", password: "a-long-password" })).toMatchObject({ ok: true });
    const before = await listAuditLog(parseAuditLogQuery({ who: departed.loginName }));
    expect((await readLogRows(before.events, [], CHINESE_READER))[0]).toMatchObject({ actor: `离任管理员（${departed.loginName}）`, actorDisabled: false });
    expect(await executeAction(setUserDisabled, admin, { userId: String(departed.id), disabled: "true" })).toMatchObject({ ok: true });

    const query = parseAuditLogQuery({ who: departed.loginName });
    const log = await listAuditLog(query);
    expect(log.events.map((e) => [e.action, e.actor?.disabled])).toEqual([["user.create", true]]);
    expect((await readLogRows(log.events, [], CHINESE_READER))[0]).toMatchObject({ actor: `离任管理员（${departed.loginName}）`, actorDisabled: true });
    const csv = await new Response(await streamAuditLogCsv(auditLogWhere(query, null), CHINESE_READER)).text();
    expect(csv).toContain(`离任管理员（${departed.loginName}）（已停用）`);
    const english = await new Response(await streamAuditLogCsv(auditLogWhere(query, null), { t: translator("en"), locale: "en" })).text();
    expect(english).toContain(`离任管理员 (${departed.loginName}) (disabled)`);
  });

  it("reads a malformed link as no filter rather than refusing it, and searches wildcards as text", async () => {
    const query = parseAuditLogQuery({ who: "  ", action: "'; DROP TABLE", from: "2023-13-45", page: "-3", verify: "yes" });
    expect(query).toEqual({ who: undefined, action: undefined, from: undefined, to: undefined, page: 1, verify: undefined, anchor: undefined });
    expect((await listAuditLog(parseAuditLogQuery({ who: "%" }))).total).toBe(0);
  });

  it("names departments and people in each change as they were called then, not as renamed since", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const suffix = Math.random().toString(36).slice(2, 8);
    const created = await executeAction(createDepartment, admin, { name: `市测试局${suffix}`, code: `T${suffix}`.toUpperCase() });
    if (!created.ok) throw new Error(created.message);
    const dept = created.data;
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id, displayName: "张旧名" });
    const commitment = await seedCommitment(db, { year: 2023, targetValue: 11, unit: "万亩", comparator: "AT_LEAST", indicator: "改名前分工" });
    const assigned = await executeAction(assignOwners, admin, { commitmentId: commitment.id, version: commitment.version, leadDepartmentId: dept.id, responsibleUserId: official.id });
    expect(assigned).toMatchObject({ ok: true });
    expect(await executeAction(renameDepartment, admin, { departmentId: dept.id, name: `市城市更新局${suffix}` })).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(await executeAction(updateUser, admin, { userId: user.id, displayName: "张新名", role: "OFFICIAL", departmentId: dept.id })).toMatchObject({ ok: true });

    const renames = await listRecordedRenames([dept.id], [official.id]);
    const names = {
      t: translator("zh"),
      locale: "zh" as const,
      departments: namesInForce(new Map([[dept.id, `市城市更新局${suffix}`]]), renames.departments),
      users: namesInForce(new Map([[official.id, "张新名"]]), renames.users),
    };
    const log = await listAuditLog(parseAuditLogQuery({ who: admin.loginName, action: "commitment.assignOwners" }));
    const [row] = describeAuditLog(log.events, await findAuditSubjects(log.events), names);
    expect(row.changes.map((c) => [c.before, c.after])).toEqual(expect.arrayContaining([["—", `市测试局${suffix}`], ["—", "张旧名"]]));
    // The rename itself reads old → new, and a later event today's name.
    const renamed = await listAuditLog(parseAuditLogQuery({ who: admin.loginName, action: "department.rename" }));
    expect(describeAuditLog(renamed.events, await findAuditSubjects(renamed.events), names)[0].changes.map((c) => [c.before, c.after])).toEqual([[`市测试局${suffix}`, `市城市更新局${suffix}`]]);
    expect(names.departments("999999999999").get(dept.id)).toBe(`市城市更新局${suffix}`);
  });
});
