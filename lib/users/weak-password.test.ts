import { describe, expect, it } from "vitest";
import { ZChangeOwnPassword, ZCreateUser } from "./types";
import { containsLoginName, isWeakPassword } from "./weak-password";

describe("a password anybody would guess", () => {
  it("is refused though long enough: repeats, runs, keyboard rows, the login name", () => {
    for (const weak of ["aaaaaaaaaa", "abababab12", "1234567890", "0987654321", "abcdefghijk", "qwertyuiop", "1qaz2wsx3edc"]) expect(isWeakPassword(weak), weak).toBe(true);
    expect(containsLoginName("qa.weak3qa.weak3", "qa.weak3")).toBe(true);
    expect(containsLoginName("Wang.JG-2023!", "wang.jg")).toBe(true);
  });

  it("is refused when it is a common password or built on one, a name and a year (zxcvbn and Chinese users' own words)", () => {
    for (const weak of ["password123", "Aa123456789", "Password@123", "p@ssw0rd2023", "iloveyou2023", "woaini1314520", "zhangwei1988", "wangfang19850612", "duban12345678", "qwer1234!@#$", "ZhangWei@1990", "Liming@19880808", "Chenjie1992!", "Luoyang@2023", "Huawei@123", "Admin@2023!"]) expect(isWeakPassword(weak), weak).toBe(true);
  });

  it("is not a password with some variety in it", () => {
    for (const fine of ["a-long-password", "Duban-Reviewer-2023", "黄河岸边的洛阳城2023", "correct horse battery", "Xk9!mq2Lz#", "reset-by-admin-2023"]) {
      expect(isWeakPassword(fine), fine).toBe(false);
      expect(containsLoginName(fine, "zhangsan"), fine).toBe(false);
    }
  });

  it("is refused once where a user is created, whichever rule it breaks, and where one's own is changed", () => {
    for (const password of ["1234567890", "zhangsan2023", "zhangsanzhangsan"]) {
      const parsed = ZCreateUser.safeParse({ loginName: "zhangsan", displayName: "张三", role: "VIEWER", departmentId: "", password });
      expect(parsed.success, password).toBe(false);
      if (!parsed.success) expect(parsed.error.issues.map((i) => [i.path.join("."), i.message]), password).toEqual([["password", "users.passwordWeak"]]);
    }
    const changed = ZChangeOwnPassword.safeParse({ currentPassword: "old-password-1", newPassword: "1111111111", confirmPassword: "1111111111" });
    expect(changed.success).toBe(false);
    if (!changed.success) expect(changed.error.issues.map((i) => i.message)).toContain("users.passwordWeak");
  });
});
