import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { MAX_SUBJECT_RECORDS, resolveAuditSubject } from "@/lib/audit/resolve-audit-subject";
import { streamAuditLogCsv } from "@/lib/audit/stream-audit-log-csv";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { renameDepartment } from "@/lib/departments/rename-department";
import { CHINESE_READER } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { returnUpdate } from "@/lib/reviews/return-update";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { updateUser } from "@/lib/users/update-user";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The log filtered by the record acted on (对象): a user, a department, a commitment. Other files
// write events at the same time: every record here is this file's own.

/** The log as the page reads it for these query parameters; throws when the filter is refused. */
async function logFor(params: Record<string, string>) {
  const query = parseAuditLogQuery(params);
  const subject = await resolveAuditSubject(query);
  if (subject.status === "refused") throw new Error(`refused: ${subject.problem.key}`);
  return { subject, log: await listAuditLog(query, subject.status === "found" ? subject.filter : null) };
}

async function refusalFor(params: Record<string, string>) {
  const subject = await resolveAuditSubject(parseAuditLogQuery(params));
  if (subject.status !== "refused") throw new Error("not refused");
  return { field: subject.problem.field, message: translator("zh")(subject.problem.key, subject.problem.params), english: translator("en")(subject.problem.key, subject.problem.params) };
}

async function csvText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("the audit log filtered by the record acted on", () => {
  it("finds every change made to one account — disabled, enabled, role changed, password reset, a refused attempt, failed sign-ins — and nothing else", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const victim = await actorFor({ role: "VIEWER", loginName: `sec.victim-${randomUUID().slice(0, 6)}`, displayName: `受害者${randomUUID().slice(0, 4)}` });
    const bystander = await actorFor({ role: "VIEWER" });
    const userId = String(victim.id);
    expect(await executeAction(setUserDisabled, admin, { userId, disabled: "true" })).toMatchObject({ ok: true });
    expect(await executeAction(setUserDisabled, admin, { userId, disabled: "false" })).toMatchObject({ ok: true });
    expect(await executeAction(updateUser, admin, { userId, displayName: victim.displayName, role: "REVIEWER", departmentId: "" })).toMatchObject({ ok: true });
    expect(await executeAction(resetUserPassword, admin, { userId, password: "a-new-initial-password" })).toMatchObject({ ok: true });
    expect(await executeAction(setUserDisabled, reviewer, { userId, disabled: "true" })).toMatchObject({ ok: false, kind: "forbidden" });
    await verifyCredentials(victim.loginName, "not-the-password");
    expect(await executeAction(setUserDisabled, admin, { userId: String(bystander.id), disabled: "true" })).toMatchObject({ ok: true });

    const expected = ["auth.signInFailed", "action.denied", "user.resetPassword", "user.update", "user.enable", "user.disable"];
    // By login name (any case), by number, by name: the same account.
    for (const subject of [victim.loginName.toUpperCase(), `#${victim.id}`, victim.displayName]) {
      const { log, subject: found } = await logFor({ subjectKind: "user", subject });
      expect(log.events.map((e) => e.action), subject).toEqual(expected);
      expect(found).toMatchObject({ status: "found", matched: [{ entity: "User", name: victim.displayName, loginName: victim.loginName }] });
    }
    // With the other filters: what the admin did to it.
    const { log } = await logFor({ subjectKind: "user", subject: victim.loginName, who: admin.loginName });
    expect(log.events.map((e) => e.action)).toEqual(["user.resetPassword", "user.update", "user.enable", "user.disable"]);
    expect((await logFor({ subjectKind: "user", subject: victim.loginName, action: "user.disable" })).log.total).toBe(1);
  });

  it("finds the sign-ins tried with a name no account has, and says so when there are none", async () => {
    const name = `intruder-${randomUUID().slice(0, 8)}`;
    await verifyCredentials(name, "guess-one");
    await verifyCredentials(name, "guess-two");
    const { log, subject } = await logFor({ subjectKind: "user", subject: name });
    expect(log.events.map((e) => [e.action, e.entity, e.entityId, e.actor])).toEqual([
      ["auth.signInFailed", "LoginName", name, null],
      ["auth.signInFailed", "LoginName", name, null],
    ]);
    expect(subject).toMatchObject({ matched: [{ entity: "LoginName", name }] });
    // Nobody signed in: found by the name the log gives them.
    expect((await logFor({ subjectKind: "user", subject: name, who: "未登录的访问者" })).log.total).toBe(2);
    expect((await logFor({ subjectKind: "user", subject: name, who: "系统" })).log.total).toBe(0);

    const never = `never-${randomUUID().slice(0, 8)}`;
    expect(await refusalFor({ subjectKind: "user", subject: never })).toEqual({
      field: "subject",
      message: `没有登录名、姓名或编号为“${never}”的用户，也没有以这个登录名尝试登录的记录。`,
      english: `No user has the login name, name or number "${never}", and nobody tried to sign in with that login name.`,
    });
  });

  it("finds a department's events by code, name or part of it, and not another's", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const other = await department();
    const suffix = randomUUID().slice(0, 6);
    expect(await executeAction(renameDepartment, admin, { departmentId: dept.id, name: `市审计筛选局${suffix}` })).toMatchObject({ ok: true });
    expect(await executeAction(renameDepartment, admin, { departmentId: other.id, name: `市另一局${suffix}` })).toMatchObject({ ok: true });
    for (const subject of [dept.code.toLowerCase(), `市审计筛选局${suffix}`, `审计筛选局${suffix}`, String(dept.id)]) {
      const { log } = await logFor({ subjectKind: "department", subject });
      expect(log.events.map((e) => [e.action, e.entityId]), subject).toEqual([["department.rename", String(dept.id)]]);
    }
    expect(await refusalFor({ subjectKind: "department", subject: `无此部门${suffix}` })).toMatchObject({ field: "subject", message: `没有名称、代码或编号为“无此部门${suffix}”的部门。` });
  });

  it("finds a commitment's events with its updates', by number or indicator, and not another commitment's", async () => {
    const reviewer = await actorFor({ role: "REVIEWER" });
    const official = await actorFor({ role: "OFFICIAL" });
    const indicator = `审计筛选指标${randomUUID().slice(0, 6)}`;
    const { commitments } = await reportWithCommitments([
      { indicator, targetValue: 10 },
      { indicator: `${indicator}之外`, targetValue: 10 },
    ]);
    const [mine, theirs] = commitments;
    const update = async (commitmentId: number) =>
      db.progressUpdate.create({ data: { commitmentId, authorId: official.id, asOf: new Date("2023-05-31T00:00:00Z"), actualValue: 5, percent: 50, narrative: "待审" } });
    const [u1, u2] = [await update(mine.id), await update(theirs.id)];
    expect(await executeAction(returnUpdate, reviewer, { updateId: String(u1.id), note: "请补充" })).toMatchObject({ ok: true });
    expect(await executeAction(returnUpdate, reviewer, { updateId: String(u2.id), note: "请补充" })).toMatchObject({ ok: true });

    for (const subject of [`#${mine.id}`, String(mine.id), indicator]) {
      const { log } = await logFor({ subjectKind: "commitment", subject });
      expect(log.events.map((e) => [e.action, e.entity, e.entityId]), subject).toEqual([["update.return", "ProgressUpdate", String(u1.id)]]);
    }
    // Part of an indicator stands for every commitment containing it.
    expect((await logFor({ subjectKind: "commitment", subject: indicator.slice(2) })).log.total).toBe(2);
  });

  it("refuses, in words, a record asked for without its type, one too long, and one matching too many records", async () => {
    expect(await refusalFor({ subject: "sec.victim" })).toEqual({ field: "subjectKind", message: "请选择对象类型：用户、部门或目标任务。", english: "Choose the type of record: user, department or commitment." });
    expect(await refusalFor({ subjectKind: "account", subject: "sec.victim" })).toMatchObject({ field: "subjectKind" });
    expect(await refusalFor({ subjectKind: "user", subject: "x".repeat(101) })).toMatchObject({ field: "subject", message: "对象最多填写 100 个字符。" });
    const shared = `同名${randomUUID().slice(0, 6)}`;
    for (let i = 0; i <= MAX_SUBJECT_RECORDS; i++) await actorFor({ role: "VIEWER", displayName: `${shared}${i}` });
    expect(await refusalFor({ subjectKind: "user", subject: shared })).toMatchObject({ field: "subject", message: `符合“${shared}”的记录超过 ${MAX_SUBJECT_RECORDS} 个，请填写完整的名称或编号。` });
    // A type chosen without a record narrows nothing.
    expect(await resolveAuditSubject(parseAuditLogQuery({ subjectKind: "user", subject: "  " }))).toEqual({ status: "none" });
  });

  it("exports the filtered log as CSV: every page, the lines as the page writes them, safe to open in a spreadsheet", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const victim = await actorFor({ role: "VIEWER", displayName: `=HYPERLINK("http://evil.example","点我")${randomUUID().slice(0, 4)}` });
    const viewer = await actorFor({ role: "VIEWER" });
    for (const disabled of ["true", "false", "true"]) expect(await executeAction(setUserDisabled, admin, { userId: String(victim.id), disabled })).toMatchObject({ ok: true });
    expect(await executeAction(setUserDisabled, viewer, { userId: String(victim.id), disabled: "false" })).toMatchObject({ ok: false });
    const query = parseAuditLogQuery({ subjectKind: "user", subject: String(victim.id) });
    const subject = await resolveAuditSubject(query);
    if (subject.status !== "found") throw new Error("not found");
    // Read a line at a time, as a long log is read a batch at a time: the same lines.
    const csv = await csvText(await streamAuditLogCsv(auditLogWhere(query, subject.filter), CHINESE_READER, 1));
    expect(await csvText(await streamAuditLogCsv(auditLogWhere(query, subject.filter), CHINESE_READER))).toBe(csv);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("编号,批次编号,时间,操作人,操作,操作代码,对象类型,对象,对象编号,变更内容,哈希");
    expect(lines.slice(1).map((l) => l.split(",")[5])).toEqual(["action.denied", "user.disable", "user.enable", "user.disable"]);
    // A name that starts like a formula is written as text.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")`);
    expect(lines[1]).toContain("越权操作被拒绝");
    expect(lines[1]).toContain("尝试的操作：停用或启用用户");
    const events = await db.auditEvent.findMany({ where: { entity: "User", entityId: String(victim.id) }, orderBy: { id: "desc" } });
    expect(lines.slice(1).map((l) => l.split(",").at(-1))).toEqual(events.map((e) => e.hash));
  });
});
