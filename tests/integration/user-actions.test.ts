import { describe, expect, it } from "vitest";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/users/list-users";
import { executeAction } from "@/lib/actions/execute-action";
import { createUser } from "@/lib/users/create-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { loadActor } from "@/lib/auth/load-actor";
import { seedCommitment } from "@/lib/seed/factories";
import { bulkAssignOwners } from "@/lib/commitments/bulk-assign-owners";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

const uniqueName = () => `it-${Math.random().toString(36).slice(2, 10)}`;

describe("createUser through the action wrapper", () => {
  it("creates the user with an argon2id hash and writes an audit event in the same transaction", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const loginName = uniqueName();
    const result = await executeAction(createUser, admin, {
      loginName: ` ${loginName.toUpperCase()} `,
      displayName: "张三",
      role: "VIEWER",
      departmentId: "",
      password: "a-long-password",
    });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { loginName } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("a-long-password");
    const event = await auditEventFor("user.create", user.id, { entity: "User" });
    expect(event.actorId).toBe(admin.id);
    expect(JSON.stringify(event.after)).not.toContain("a-long-password");
  });

  it("refuses anonymous callers, and every role but admin, without writing anything", async () => {
    const loginName = uniqueName();
    const input = { loginName, displayName: "李四", role: "VIEWER", password: "a-long-password" };
    expect(await executeAction(createUser, null, input)).toMatchObject({ ok: false, kind: "unauthenticated" });
    for (const role of ["REVIEWER", "OFFICIAL", "VIEWER"] as const) {
      const dept = role === "OFFICIAL" ? await department() : null;
      const actor = await actorFor({ role, departmentId: dept?.id });
      expect(await executeAction(createUser, actor, input)).toMatchObject({ ok: false, kind: "forbidden", message: "您没有执行此操作的权限。" });
    }
    expect(await db.user.count({ where: { loginName } })).toBe(0);
  });

  it("returns field errors in Chinese for bad input", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const result = await executeAction(createUser, admin, { loginName: "中文名", displayName: "", role: "KING", password: "short" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    expect(result.fieldErrors?.loginName?.[0]).toBe("登录名只能包含小写字母、数字、点、下划线和连字符。");
    expect(result.fieldErrors?.displayName?.[0]).toBe("此项为必填项。");
    expect(result.fieldErrors?.role?.[0]).toMatch(/[\u4e00-\u9fff]/);
    expect(result.fieldErrors?.password?.[0]).toBe("初始密码为 10–200 个字符。");
    const tooShort = await executeAction(createUser, admin, { loginName: "x", displayName: "张".repeat(41), role: "VIEWER", password: "a-long-password" });
    if (tooShort.ok) throw new Error("accepted");
    expect([tooShort.fieldErrors?.loginName?.[0], tooShort.fieldErrors?.displayName?.[0]]).toEqual(["登录名为 2–40 个字符。", "姓名最多 40 个字。"]);
  });

  it("requires a department for officials and refuses a taken login name", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const noDept = await executeAction(createUser, admin, { loginName: uniqueName(), displayName: "王五", role: "OFFICIAL", password: "a-long-password" });
    expect(noDept).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { departmentId: ["责任单位经办人必须属于一个部门。"] } });

    const existing = await actorFor({ role: "VIEWER" });
    const taken = await executeAction(createUser, admin, { loginName: existing.loginName, displayName: "赵六", role: "VIEWER", password: "a-long-password" });
    expect(taken).toMatchObject({ ok: false, kind: "invalid" });
    if (!taken.ok) expect(taken.fieldErrors?.loginName?.[0]).toContain(existing.loginName);
  });

  it("names a taken login name together with the form's own mistakes, in one answer", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const existing = await actorFor({ role: "VIEWER" });
    const result = await executeAction(createUser, admin, { loginName: ` ${existing.loginName.toUpperCase()} `, displayName: "赵六", role: "OFFICIAL", password: "short" });
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: {
        loginName: [`登录名“${existing.loginName}”已被使用。`],
        departmentId: ["责任单位经办人必须属于一个部门。"],
        password: [expect.any(String)],
      },
    });
  });

  it("tells no one who may not create users whether a login name is taken", async () => {
    const existing = await actorFor({ role: "VIEWER" });
    for (const role of ["OFFICIAL", "REVIEWER", "VIEWER"] as const) {
      const caller = await actorFor({ role });
      const mistaken = await executeAction(createUser, caller, { loginName: existing.loginName, displayName: "", role: "VIEWER", password: "short" });
      expect(mistaken.ok).toBe(false);
      if (!mistaken.ok) expect(mistaken.fieldErrors?.loginName).toBeUndefined();
      const wellFormed = await executeAction(createUser, caller, { loginName: existing.loginName, displayName: "赵六", role: "VIEWER", password: "a-long-password" });
      expect(wellFormed).toMatchObject({ ok: false, kind: "forbidden" });
    }
  });

  it("answers in English when the caller's locale is English", async () => {
    const viewer = await actorFor({ role: "VIEWER" });
    const result = await executeAction(createUser, viewer, { loginName: uniqueName(), displayName: "x", role: "VIEWER", password: "a-long-password" }, "en");
    expect(result).toMatchObject({ ok: false, message: "You are not allowed to do this." });
  });
});

describe("setUserDisabled", () => {
  it("disables and re-enables a user, auditing before and after", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const target = await actorFor({ role: "VIEWER" });
    expect(await executeAction(setUserDisabled, admin, { userId: String(target.id), disabled: "true" })).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabled).toBe(true);
    const event = await auditEventFor("user.disable", target.id);
    expect(event.before).toEqual({ id: target.id, disabled: false });
    expect(event.after).toEqual({ id: target.id, disabled: true });
    expect(await executeAction(setUserDisabled, admin, { userId: target.id, disabled: "false" })).toMatchObject({ ok: true });
    // Re-enabled, the user signs in again: sessions from before the disabling stay ended.
    const reloaded = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { disabled: true, sessionVersion: true } });
    expect(reloaded).toEqual({ disabled: false, sessionVersion: 1 });
    expect(await loadActor(target.id, 0)).toBeNull();
  });

  it("does not disable an official still responsible for open commitments, and says how to go on", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const commitment = await seedCommitment(db, { indicator: "新增城镇就业", leadDepartmentId: dept.id });
    await db.commitment.update({ where: { id: commitment.id }, data: { responsibleUserId: official.id } });
    const refused = await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" });
    expect(refused).toEqual({
      ok: false,
      kind: "invalid",
      message: "该用户是 1 项未办结目标任务的责任人，不能停用。请先为这些目标任务更换或清空责任人。",
      fieldErrors: undefined,
      // The way on: the list of what they still answer for.
      link: { href: `/commitments?responsible=${official.id}&open=1`, label: "查看这 1 项目标任务" },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: official.id } })).disabled).toBe(false);
    // A verified commitment is done: it no longer holds the official.
    await db.commitment.update({ where: { id: commitment.id }, data: { status: "VERIFIED" } });
    expect(await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" })).toMatchObject({ ok: true });
  });

  it("says how many open commitments hold an official, however many, and links to all of them, in English too", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    await reportWithCommitments(Array.from({ length: 17 }, () => ({ leadDepartmentId: dept.id, responsibleUserId: official.id })));
    const refused = await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" });
    expect(refused).toMatchObject({
      ok: false,
      message: "该用户是 17 项未办结目标任务的责任人，不能停用。请先为这些目标任务更换或清空责任人。",
      link: { href: `/commitments?responsible=${official.id}&open=1`, label: "查看这 17 项目标任务" },
    });
    expect(await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" }, "en")).toMatchObject({
      message: "This user is responsible for 17 open commitments and cannot be disabled. Name another responsible official for them, or clear it, first.",
      link: { label: "See the 17 commitments" },
    });
    // Cleared in bulk (the handover), the official can go.
    const ids = (await db.commitment.findMany({ where: { responsibleUserId: official.id }, select: { id: true } })).map((c) => String(c.id));
    expect(await executeAction(bulkAssignOwners, admin, { commitmentIds: ids, responsibleUserId: "clear" })).toMatchObject({ ok: true, data: { count: 17 } });
    expect(await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" })).toMatchObject({ ok: true });
  });

  it("does not let an admin disable their own account", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const result = await executeAction(setUserDisabled, admin, { userId: admin.id, disabled: "true" });
    expect(result).toMatchObject({ ok: false, kind: "invalid", message: "不能停用自己的账号。" });
  });

  it("answers not found for a user that does not exist", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    expect(await executeAction(setUserDisabled, admin, { userId: 999_999_999, disabled: "true" })).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("lists users a page at a time and finds them by login name or name", async () => {
    const tag = `find${Date.now()}`;
    const found = await actorFor({ role: "VIEWER", loginName: `${tag}.a`, displayName: `查找${tag}` });
    await actorFor({ role: "REVIEWER", loginName: `${tag}.b` });
    expect((await listUsers({ q: tag.toUpperCase(), page: 1 })).users.map((u) => u.loginName)).toEqual([`${tag}.b`, `${tag}.a`]);
    expect((await listUsers({ q: `查找${tag}`, page: 1 })).users.map((u) => u.id)).toEqual([found.id]);
    const all = await listUsers({ q: undefined, page: 1 });
    expect(all.users.length).toBeLessThanOrEqual(USERS_PAGE_SIZE);
    expect(all.pages).toBe(Math.max(1, Math.ceil(all.total / USERS_PAGE_SIZE)));
    // "_" and "%" are text, not wildcards.
    expect((await listUsers({ q: `${tag}_`, page: 1 })).total).toBe(0);
    // A page past the end shows the last one.
    expect((await listUsers({ q: tag, page: 99 })).page).toBe(1);
  });
});
