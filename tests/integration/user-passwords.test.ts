import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { FREE_FAILURES } from "@/lib/auth/login-throttle";
import { loadActor } from "@/lib/auth/load-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { actorFor, db } from "./support";

/** Neither the typed password nor anything of its hash may reach the audit trail. */
async function expectNoSecretAudited(action: string, userId: number, ...secrets: string[]) {
  const events = await db.auditEvent.findMany({ where: { action, entity: "User", entityId: String(userId) } });
  expect(events).toHaveLength(1);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const stored = JSON.stringify([events[0].before, events[0].after]);
  for (const secret of [...secrets, passwordHash, "argon2"]) expect(stored).not.toContain(secret);
  return events[0];
}

describe("重置密码: an admin resets a user's password", () => {
  it("sets an argon2id hash of the new password; the user signs in with it, not with the old one", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER" });
    const result = await executeAction(resetUserPassword, admin, { userId: String(user.id), password: "new-initial-password" });
    expect(result).toMatchObject({ ok: true, data: { id: user.id, loginName: user.loginName } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(user.loginName, "new-initial-password")).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await verifyCredentials(user.loginName, user.password)).toEqual({ ok: false, refusal: { code: "INVALID" } });
    const event = await expectNoSecretAudited("user.resetPassword", user.id, "new-initial-password");
    expect(event.actorId).toBe(admin.id);
    expect(event.after).toEqual({ id: user.id, loginName: user.loginName });
  });

  it("ends the user's sessions and lifts a login block left by guessing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER" });
    const signedIn = await verifyCredentials(user.loginName, user.password);
    if (!signedIn.ok) throw new Error("could not sign in");
    expect(await loadActor(user.id, signedIn.user.sessionVersion)).not.toBeNull();
    for (let i = 0; i < FREE_FAILURES; i++) await verifyCredentials(user.loginName, "a-guess");
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: false, refusal: { code: "THROTTLED" } });

    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: "new-initial-password" })).toMatchObject({ ok: true });
    // The session cookie still names the version it was signed in at: that session is over.
    expect(await loadActor(user.id, signedIn.user.sessionVersion)).toBeNull();
    const again = await verifyCredentials(user.loginName, "new-initial-password");
    expect(again).toMatchObject({ ok: true, user: { sessionVersion: signedIn.user.sessionVersion + 1 } });
    if (again.ok) expect(await loadActor(user.id, again.user.sessionVersion)).toMatchObject({ id: user.id });
  });

  it("answers in Chinese: the length rule of creation, and no resetting one's own password", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER" });
    for (const password of ["short", "x".repeat(201)]) {
      const result = await executeAction(resetUserPassword, admin, { userId: user.id, password });
      expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: ["初始密码为 10–200 个字符。"] } });
    }
    // Left empty (as a refused form leaves it: passwords are not given back), it is required.
    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: "" })).toMatchObject({ ok: false, fieldErrors: { password: ["此项为必填项。"] } });
    expect(await executeAction(resetUserPassword, admin, { userId: admin.id, password: "new-initial-password" })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { password: ["不能在这里重置自己的密码，请使用“修改密码”。"] },
    });
    expect(await executeAction(resetUserPassword, admin, { userId: 999_999_999, password: "new-initial-password" })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
    expect(await verifyCredentials(admin.loginName, admin.password)).toMatchObject({ ok: true });
  });

  // Refusing it ("same as current") told an admin whether a guess was the user's password, each
  // guess a real reset: now it is done as any other, and the change it makes due refuses to keep it.
  it("resets to the password the user already has like any other: sessions end, the change is due, and the user cannot keep it", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER", password: "kept-by-the-user-2023" });
    const signedIn = await verifyCredentials(user.loginName, "kept-by-the-user-2023");
    if (!signedIn.ok) throw new Error("could not sign in");
    const result = await executeAction(resetUserPassword, admin, { userId: user.id, password: "kept-by-the-user-2023" });
    expect(result).toMatchObject({ ok: true, data: { id: user.id, loginName: user.loginName } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ sessionVersion: signedIn.user.sessionVersion + 1, mustChangePassword: true });
    expect(await loadActor(user.id, signedIn.user.sessionVersion)).toBeNull();
    await expectNoSecretAudited("user.resetPassword", user.id, "kept-by-the-user-2023");
    // Signed in again, the user must choose another.
    const again = await verifyCredentials(user.loginName, "kept-by-the-user-2023");
    if (!again.ok) throw new Error("could not sign in");
    const due = await loadActor(user.id, again.user.sessionVersion);
    const keep = { currentPassword: "kept-by-the-user-2023", newPassword: "kept-by-the-user-2023", confirmPassword: "kept-by-the-user-2023" };
    expect(await executeAction(changeOwnPassword, due, keep)).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { newPassword: ["新密码不能与当前密码相同。"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("is refused to every role but admin, changing nothing", async () => {
    const user = await actorFor({ role: "VIEWER" });
    for (const role of ["REVIEWER", "OFFICIAL", "VIEWER"] as const) {
      const actor = await actorFor({ role });
      const result = await executeAction(resetUserPassword, actor, { userId: user.id, password: "new-initial-password" });
      expect(result).toMatchObject({ ok: false, kind: "forbidden", message: "您没有执行此操作的权限。" });
    }
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
  });
});

describe("修改密码: a user changes their own password", () => {
  it("works for every role; the new password signs in, the old one no longer does, other sessions end", async () => {
    for (const role of ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"] as const) {
      const user = await actorFor({ role });
      const before = await verifyCredentials(user.loginName, user.password);
      if (!before.ok) throw new Error("could not sign in");
      const input = { currentPassword: user.password, newPassword: "my-own-new-password", confirmPassword: "my-own-new-password" };
      const result = await executeAction(changeOwnPassword, user, input);
      expect(result).toMatchObject({ ok: true, data: { id: user.id, sessionVersion: before.user.sessionVersion + 1 } });
      expect(await verifyCredentials(user.loginName, user.password)).toEqual({ ok: false, refusal: { code: "INVALID" } });
      expect(await verifyCredentials(user.loginName, "my-own-new-password")).toMatchObject({ ok: true, user: { id: user.id } });
      expect(await loadActor(user.id, before.user.sessionVersion)).toBeNull();
      if (result.ok) expect(await loadActor(user.id, result.data.sessionVersion)).toMatchObject({ id: user.id, role });
      const event = await expectNoSecretAudited("user.changePassword", user.id, user.password, "my-own-new-password");
      expect(event.actorId).toBe(user.id);
    }
  });

  it("refuses a password with the account's login name in it, or a common one, set by an admin or by its owner", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER" });
    const weak = "密码过于简单，容易被猜中：不要用常见密码（如 Password@123）、姓名拼音加生日、重复的字符、连续的数字字母或键盘顺序，也不要包含登录名或使用本系统说明中公开的演示密码。可用几个不相关的词加数字和符号。";
    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: `${user.loginName}-2024` })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: [weak] } });
    // A common password is refused as well, though long enough and mixed (zxcvbn).
    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: "Password@123" })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: [weak] } });
    // And one printed in the README for its demo accounts, given by an admin in a QA walk.
    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: "Duban-Official-2023" })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: [weak] } });
    const created = await executeAction(createUser, admin, { loginName: `pub-${user.id}`, displayName: "公开 密码", role: "VIEWER", password: "Duban-Official-2023" });
    expect(created).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: [weak] } });
    const own = `My-${user.loginName.toUpperCase()}!`;
    expect(await executeAction(changeOwnPassword, user, { currentPassword: user.password, newPassword: own, confirmPassword: own })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { newPassword: [weak] } });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
  });

  it("refuses a wrong current password with a Chinese message at that field, changing nothing", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const result = await executeAction(changeOwnPassword, user, { currentPassword: "not-my-password", newPassword: "my-own-new-password", confirmPassword: "my-own-new-password" });
    expect(result).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { currentPassword: ["当前密码不正确。"] } });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "user.changePassword", entityId: String(user.id) } })).toBe(0);
    // On record, as a failed sign-in is: by the session's user, about their account, never the password typed.
    const failed = await db.auditEvent.findMany({ where: { action: "auth.passwordChangeFailed", entityId: String(user.id) } });
    expect(failed).toMatchObject([{ actorId: user.id, entity: "User", after: {} }]);
    expect(JSON.stringify(failed.map((e) => [e.before, e.after]))).not.toContain("not-my-password");
  });

  it("slows down wrong current passwords, on a count of their own that does not lock sign-ins out", async () => {
    const user = await actorFor({ role: "REVIEWER" });
    const wrong = { currentPassword: "a-guess", newPassword: "my-own-new-password", confirmPassword: "my-own-new-password" };
    for (let i = 0; i < FREE_FAILURES; i++) await executeAction(changeOwnPassword, user, wrong);
    const blocked = await executeAction(changeOwnPassword, user, { ...wrong, currentPassword: user.password });
    expect(blocked).toMatchObject({ ok: false, kind: "invalid" });
    if (!blocked.ok) expect(blocked.fieldErrors?.currentPassword?.[0]).toMatch(/^当前密码错误次数过多，请在 \d+ 秒后再试。$/);
    await executeAction(changeOwnPassword, user, wrong);
    // Each guess is on record; of the block's refusals only the first (they cost nothing, so could flood the chain).
    const recorded = await db.auditEvent.findMany({ where: { entityId: String(user.id), action: { startsWith: "auth.passwordChange" } }, orderBy: { id: "asc" } });
    expect(recorded.map((e) => e.action)).toEqual([...Array(FREE_FAILURES).fill("auth.passwordChangeFailed"), "auth.passwordChangeThrottled"]);
    expect(recorded.at(-1)).toMatchObject({ actorId: user.id, after: { waitSeconds: expect.any(Number) } });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
  });

  it("checks the new password's length and repetition, in Chinese", async () => {
    const user = await actorFor({ role: "OFFICIAL", departmentId: null });
    const cases = [
      [{ currentPassword: "", newPassword: "short", confirmPassword: "short" }, { currentPassword: ["此项为必填项。"], newPassword: ["新密码为 10–200 个字符。"] }],
      [{ currentPassword: user.password, newPassword: "my-own-new-password", confirmPassword: "my-own-new-passw0rd" }, { confirmPassword: ["两次输入的新密码不一致。"] }],
      [{ currentPassword: user.password, newPassword: user.password, confirmPassword: user.password }, { newPassword: ["新密码不能与当前密码相同。"] }],
      // Fields left empty (a refused form gives no password back) are required, not "10–200 characters".
      [{ currentPassword: "", newPassword: "", confirmPassword: "my-own-new-password" }, { currentPassword: ["此项为必填项。"], newPassword: ["此项为必填项。"] }],
      [{ currentPassword: user.password, newPassword: "my-own-new-password", confirmPassword: "" }, { confirmPassword: ["此项为必填项。"] }],
    ] as const;
    for (const [input, fieldErrors] of cases) {
      const result = await executeAction(changeOwnPassword, user, input);
      expect(result).toMatchObject({ ok: false, kind: "invalid", message: "提交的内容有误，请按提示修改。", fieldErrors });
    }
    const english = await executeAction(changeOwnPassword, user, cases[1][0], "en");
    expect(english).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two new passwords differ."] } });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
  });

  it("is refused without a session, and to a disabled user's old session", async () => {
    const input = { currentPassword: "whatever-it-was", newPassword: "my-own-new-password", confirmPassword: "my-own-new-password" };
    expect(await executeAction(changeOwnPassword, null, input)).toMatchObject({ ok: false, kind: "unauthenticated" });
    const disabled = await actorFor({ role: "VIEWER", disabled: true });
    expect(await executeAction(changeOwnPassword, await loadActor(disabled.id), input)).toMatchObject({ ok: false, kind: "unauthenticated" });
  });
});
