import { describe, expect, it } from "vitest";
import { ZChangeOwnPassword, ZCreateUser, ZResetUserPassword } from "./types";

const issues = (input: unknown) => ZChangeOwnPassword.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("修改密码's fields", () => {
  it("names a new password too short and a confirmation that differs at once, each at its field", () => {
    expect(issues({ currentPassword: "old-password-1", newPassword: "short", confirmPassword: "shorter" })).toEqual([
      ["newPassword", "account.password.newLength"],
      ["confirmPassword", "account.password.mismatch"],
    ]);
    // Whatever rule the new one breaks, and with an empty current password too.
    expect(issues({ currentPassword: "", newPassword: "1111111111", confirmPassword: "1111111112" })).toEqual([
      ["currentPassword", "form.required"],
      ["newPassword", "users.passwordWeak"],
      ["confirmPassword", "account.password.mismatch"],
    ]);
  });

  it("says only what is wrong: a confirmation that matches a short password is not refused, an empty one is required, not told it differs", () => {
    expect(issues({ currentPassword: "old-password-1", newPassword: "short", confirmPassword: "short" })).toEqual([["newPassword", "account.password.newLength"]]);
    expect(issues({ currentPassword: "old-password-1", newPassword: "short", confirmPassword: "" })).toEqual([
      ["newPassword", "account.password.newLength"],
      ["confirmPassword", "form.required"],
    ]);
  });

  it("refuses the current password as the new one only once the new one is otherwise fine and confirmed", () => {
    expect(issues({ currentPassword: "old-password-1", newPassword: "old-password-1", confirmPassword: "old-password-1" })).toEqual([["newPassword", "account.password.unchanged"]]);
    expect(issues({ currentPassword: "old-password-1", newPassword: "old-password-1", confirmPassword: "old-password-2" })).toEqual([["confirmPassword", "account.password.mismatch"]]);
    expect(issues({ currentPassword: "old-password-1", newPassword: "chosen-by-user-2023", confirmPassword: "chosen-by-user-2023" })).toBeUndefined();
  });

  it("answers anything that is not a form with issues, never by throwing", () => {
    for (const input of [null, undefined, 7, "x", {}]) expect(ZChangeOwnPassword.safeParse(input).success).toBe(false);
  });
});

describe("a password where one is set (creating a user, resetting one)", () => {
  it("is told the first rule it breaks, once", () => {
    const reset = (password: string) => ZResetUserPassword.safeParse({ userId: "7", password }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(reset("")).toEqual([["password", "form.required"]]);
    expect(reset("aaaa")).toEqual([["password", "users.passwordLength"]]);
    expect(reset("x".repeat(201))).toEqual([["password", "users.passwordLength"]]);
    expect(reset("qwertyuiop")).toEqual([["password", "users.passwordWeak"]]);
    expect(reset("reset-by-admin-2023")).toBeUndefined();
    // Too short and holding the login name: said once, the length.
    const created = ZCreateUser.safeParse({ loginName: "zhangsan", displayName: "张三", role: "VIEWER", departmentId: "", password: "zhangsan" });
    expect(created.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "users.passwordLength"]]);
  });
});
