import { describe, expect, it } from "vitest";
import { ZChangeOwnPassword, ZCreateUser, ZResetUserPassword, ZUpdateUser } from "./types";

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

describe("新建用户 and 编辑用户 name every mistake in one answer, each at its field", () => {
  const created = (input: Record<string, string>) =>
    ZCreateUser.safeParse({ loginName: "zhang.san", displayName: "张三", role: "OFFICIAL", departmentId: "3", password: "chosen-by-admin-2023", ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);
  const edited = (input: Record<string, string>) =>
    ZUpdateUser.safeParse({ userId: "7", displayName: "张三", role: "OFFICIAL", departmentId: "3", ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);

  it("names an official without a department beside a password too short, an empty name and a bad login name", () => {
    expect(created({ departmentId: "", password: "short" })).toEqual([
      ["password", "users.passwordLength"],
      ["departmentId", "error.departmentRequired"],
    ]);
    expect(created({ loginName: "", displayName: " ", departmentId: "", password: "" })).toEqual([
      ["loginName", "form.required"],
      ["displayName", "form.required"],
      ["password", "form.required"],
      ["departmentId", "error.departmentRequired"],
    ]);
    expect(created({ loginName: "坏 名字", departmentId: "" })).toEqual([
      ["loginName", "users.loginNameRule"],
      ["departmentId", "error.departmentRequired"],
    ]);
    expect(edited({ displayName: "", departmentId: "" })).toEqual([
      ["displayName", "form.required"],
      ["departmentId", "error.departmentRequired"],
    ]);
  });

  it("says a login name's first broken rule once, and does not judge a password by a refused name", () => {
    expect(created({ loginName: "a" })).toEqual([["loginName", "users.loginNameLength"]]);
    expect(created({ loginName: "x".repeat(41) })).toEqual([["loginName", "users.loginNameLength"]]);
    expect(created({ loginName: " Zhang.San ", password: "zhang.san-2023-pw" })).toEqual([["password", "users.passwordWeak"]]);
    expect(created({ loginName: "zhang san", password: "zhang san-2023-pw" })).toEqual([["loginName", "users.loginNameRule"]]);
  });

  it("asks a department only of an official whose role and department were read", () => {
    expect(created({ role: "VIEWER", departmentId: "" })).toBeUndefined();
    expect(edited({ role: "REVIEWER", departmentId: "" })).toBeUndefined();
    expect(created({})).toBeUndefined();
    expect(edited({ role: "KING", departmentId: "" })?.map(([path]) => path)).toEqual(["role"]);
    expect(edited({ departmentId: "abc" })?.map(([path]) => path)).toEqual(["departmentId"]);
    for (const input of [null, undefined, 7, "x", {}]) {
      expect(ZCreateUser.safeParse(input).success).toBe(false);
      expect(ZUpdateUser.safeParse(input).success).toBe(false);
    }
  });
});
