import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeAuditLog } from "./describe-audit-log";
import type { AuditSubject } from "./find-audit-subjects";
import { namesInForce } from "./names-in-force";

const at = new Date("2023-06-30T06:05:00.000Z");
const admin = { displayName: "系统管理员", loginName: "admin" };
const subjects = new Map<string, AuditSubject>([
  ["Commitment:7", { name: "新增高标准农田", href: "/commitments/7", unit: "万亩", comparator: "AT_LEAST" }],
  ["ProgressUpdate:40", { name: "新增高标准农田", href: "/commitments/7", unit: "万亩", comparator: "AT_LEAST" }],
  ["User:12", { name: "王建国", loginName: "wang.jg", href: "/admin/users/12", unit: null, comparator: null }],
]);
const lookup = { get: (entity: string, id: string) => subjects.get(`${entity}:${id}`) };
const names = { departments: namesInForce(new Map([[9, "市农业农村局"]]), []), users: namesInForce(new Map([[12, "王建国"]]), []) };
const zh = { t: translator("zh"), locale: "zh" as const, ...names };
const en = { t: translator("en"), locale: "en" as const, ...names };

describe("describeAuditLog", () => {
  it("names who did what to which record, with its page, in Beijing time", () => {
    const [row] = describeAuditLog(
      [{ id: "5", action: "update.submit", entity: "ProgressUpdate", entityId: "40", before: null, after: { state: "SUBMITTED", asOf: "2023-06-30", actualValue: "8.5" }, at, actor: admin }],
      lookup,
      zh,
    );
    expect(row).toMatchObject({
      id: "5",
      at: "2023-06-30 14:05:00",
      actor: "系统管理员（admin）",
      actorLang: "zh-CN",
      code: "update.submit",
      action: "报送进展",
      // Names are data: an English page reads them with a Chinese voice.
      subject: { kind: "进展", name: "新增高标准农田", href: "/commitments/7", lang: "zh-CN" },
    });
    // The figure in the commitment's unit, as its own history writes it.
    expect(row.changes).toContainEqual({ field: "actualValue", label: "实际完成值", before: null, after: "8.5万亩", lang: "zh-CN" });
  });

  it("an account change: the user by name and login, the role and status in words, never the password or session version", () => {
    const [row] = describeAuditLog(
      [
        {
          id: "6",
          action: "user.update",
          entity: "User",
          entityId: "12",
          before: { role: "VIEWER", departmentId: null, disabled: false, sessionVersion: 0, passwordHash: "$argon2id$…" },
          after: { role: "OFFICIAL", departmentId: 9, disabled: true, sessionVersion: 1, passwordHash: "$argon2id$…" },
          at,
          actor: admin,
        },
      ],
      lookup,
      en,
    );
    expect(row.subject).toEqual({ kind: "User", name: "王建国 (wang.jg)", href: "/admin/users/12", lang: "zh-CN", nowNamed: null });
    expect(row.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["role", "Viewer", "Department official"],
      ["departmentId", "—", "市农业农村局"],
      ["disabled", "Active", "Disabled"],
    ]);
  });

  it("says whose account is disabled now, so a departed colleague is not taken for someone to ask", () => {
    const event = { id: "6", action: "user.update", entity: "User", entityId: "12", before: null, after: null, at };
    const [gone, here, system] = describeAuditLog(
      [
        { ...event, actor: { ...admin, disabled: true } },
        { ...event, actor: { ...admin, disabled: false } },
        { ...event, actor: null },
      ],
      lookup,
      zh,
    );
    expect(gone).toMatchObject({ actor: "系统管理员（admin）", actorDisabled: true });
    expect(here).toMatchObject({ actorDisabled: false });
    expect(system).toMatchObject({ actor: "系统", actorDisabled: false });
  });

  it("a record no longer there is known by its number; scripts act as the system", () => {
    const [row] = describeAuditLog([{ id: "7", action: "commitment.verify", entity: "Commitment", entityId: "99", before: null, after: null, at, actor: null }], lookup, zh);
    expect(row).toMatchObject({ actor: "系统", actorLang: undefined, subject: { kind: "目标任务", name: "#99", href: null, lang: undefined } });
  });

  it("an import: the report's title, year and counts, not the draft's text or candidates themselves", () => {
    const draft = { title: "政府工作报告", year: 2025, issuer: "北京市人民政府", text: "全文……", sections: [{ code: "一" }], candidates: [{}, {}, {}], sourceHash: "ab12" };
    const [row] = describeAuditLog([{ id: "8", action: "import.discard", entity: "ImportDraft", entityId: "3", before: draft, after: null, at, actor: admin }], lookup, zh);
    expect(row.changes.map((c) => [c.label, c.before])).toEqual([
      ["标题", "政府工作报告"],
      ["发布机关", "北京市人民政府"],
      ["年度", "2025"],
      ["候选目标数", "3"],
    ]);
  });
});

describe("a record renamed since its event", () => {
  it("is named as it was called then, with today's name beside it; a later event by today's name alone", () => {
    const renamed = new Map<string, AuditSubject>([
      ["Department:31", { name: "市口岸物流办", href: "/admin/departments", unit: null, comparator: null }],
      ["User:44", { name: "口岸办 副主任", loginName: "kouan.viewer1", href: "/admin/users/44", unit: null, comparator: null }],
    ]);
    const options = {
      t: translator("zh"),
      locale: "zh" as const,
      // Renamed by audit events 20 (the department) and 21 (the person).
      departments: namesInForce(new Map([[31, "市口岸物流办"]]), [{ auditId: "20", id: 31, before: "市口岸办" }]),
      users: namesInForce(new Map([[44, "口岸办 副主任"]]), [{ auditId: "21", id: 44, before: "口岸办 领导" }]),
    };
    const rows = describeAuditLog(
      [
        { id: "10", action: "department.create", entity: "Department", entityId: "31", before: null, after: { name: "市口岸办", code: "PORT" }, at, actor: admin },
        { id: "11", action: "user.create", entity: "User", entityId: "44", before: null, after: { displayName: "口岸办 领导" }, at, actor: admin },
        { id: "22", action: "department.deactivate", entity: "Department", entityId: "31", before: { active: true }, after: { active: false }, at, actor: admin },
      ],
      { get: (entity: string, id: string) => renamed.get(`${entity}:${id}`) },
      options,
    );
    expect(rows.map((r) => [r.subject.name, r.subject.nowNamed])).toEqual([
      ["市口岸办", "市口岸物流办"],
      ["口岸办 领导（kouan.viewer1）", "口岸办 副主任"],
      ["市口岸物流办", null],
    ]);
  });

  it("a sign-in refused: by nobody signed in, about the account or the name typed, the reason and address in words, in both languages", () => {
    const failed = (entity: string, entityId: string, refusal: string) => ({ id: "8", action: "auth.signInFailed", entity, entityId, before: null, after: { refusal, address: "198.51.100.7" }, at, actor: null });
    const [wrong, unknown] = describeAuditLog([failed("User", "12", "password"), failed("LoginName", "root", "unknownName")], lookup, zh);
    expect(wrong).toMatchObject({ actor: "未登录的访问者", actorLang: undefined, action: "登录失败", subject: { kind: "用户", name: "王建国（wang.jg）" } });
    expect(wrong.changes.map((c) => [c.label, c.after, c.lang])).toEqual([
      ["原因", "密码错误", undefined],
      ["来源地址", "198.51.100.7", undefined],
    ]);
    // The name typed is the record, marked as no account's, and not Chinese to be read as such.
    expect(unknown.subject).toEqual({ kind: "未注册的登录名", name: "root", href: null, lang: undefined, nowNamed: null });
    expect(unknown.changes[0]).toMatchObject({ label: "原因", after: "无此登录名" });
    const [english] = describeAuditLog([failed("LoginName", "root", "unknownName")], lookup, en);
    expect(english).toMatchObject({ actor: "Not signed in", action: "Sign-in failed", subject: { kind: "Unknown login name", name: "root" } });
    expect(english.changes[0]).toMatchObject({ label: "Reason", after: "No such login name" });
    // The seed's events stay the system's.
    expect(describeAuditLog([{ ...failed("User", "12", "password"), action: "report.import" }], lookup, zh)[0].actor).toBe("系统");
  });

  it("an action refused: what was attempted and the choices it named, first, in both languages", () => {
    const denied = { id: "9", action: "action.denied", entity: "User", entityId: "", before: null, after: { attempted: "user.create", role: "ADMIN", departmentId: 9 }, at, actor: admin };
    const [row] = describeAuditLog([denied], lookup, zh);
    expect(row).toMatchObject({ action: "越权操作被拒绝", subject: { kind: "用户", name: "—", href: null } });
    expect(row.changes.map((c) => [c.label, c.after])).toEqual([
      ["尝试的操作", "新建用户"],
      ["角色", "管理员"],
      ["所属部门", "市农业农村局"],
    ]);
    const [english] = describeAuditLog([{ ...denied, action: "action.notFound", entity: "Commitment", entityId: "7", after: { attempted: "changeRequest.submit", kind: "EXTEND_DEADLINE" } }], lookup, en);
    expect(english).toMatchObject({ action: "Action refused: record not found or out of scope", subject: { kind: "Commitment", name: "新增高标准农田" } });
    expect(english.changes.map((c) => [c.field, c.after])).toEqual([
      ["attempted", "Request an extension or adjustment"],
      ["kind", "Extend the deadline"],
    ]);
  });
});
