import { describe, expect, it } from "vitest";
import { ZChangeOwnPassword, ZCreateUser } from "./types";
import { containsLoginName, isWeakPassword } from "./weak-password";
import { PUBLISHED_PASSWORDS } from "./published-passwords";

describe("a password anybody would guess", () => {
  it("is refused though long enough: repeats, runs, keyboard rows, the login name", () => {
    for (const weak of ["aaaaaaaaaa", "abababab12", "1234567890", "0987654321", "abcdefghijk", "qwertyuiop", "1qaz2wsx3edc"]) expect(isWeakPassword(weak), weak).toBe(true);
    expect(containsLoginName("qa.weak3qa.weak3", "qa.weak3")).toBe(true);
    expect(containsLoginName("Wang.JG-2023!", "wang.jg")).toBe(true);
  });

  it("is refused when it is a common password or built on one, a name and a year (zxcvbn and Chinese users' own words)", () => {
    for (const weak of ["password123", "Aa123456789", "Password@123", "p@ssw0rd2023", "iloveyou2023", "woaini1314520", "zhangwei1988", "wangfang19850612", "duban12345678", "qwer1234!@#$", "ZhangWei@1990", "Liming@19880808", "Chenjie1992!", "Luoyang@2023", "Huawei@123", "Admin@2023!"]) expect(isWeakPassword(weak), weak).toBe(true);
  });

  it("is refused when it is printed with Duban (the README's demo accounts', the bench's, the tests'), or built on one", () => {
    // An admin once gave a real account the README's Duban-Official-2023.
    expect(PUBLISHED_PASSWORDS).toEqual(expect.arrayContaining(["Duban-Reviewer-2023", "Duban-Official-2023", "Duban-Viewer-2023", "Duban-Bench-2023", "Duban-Admin-Test-2023"]));
    for (const published of PUBLISHED_PASSWORDS) expect(isWeakPassword(published), published).toBe(true);
    for (const built of ["duban-official-2023", "DUBAN-VIEWER-2023", "Duban-Official-2023!", "Duban-Reviewer-2024", "Duban-Admin-Test-2024#"]) expect(isWeakPassword(built), built).toBe(true);
  });

  it("is not a password with some variety in it", () => {
    for (const fine of ["a-long-password", "Duban-Reviewing-Office-Nine", "黄河岸边的洛阳城2023", "correct horse battery", "Xk9!mq2Lz#", "reset-by-admin-2023"]) {
      expect(isWeakPassword(fine), fine).toBe(false);
      expect(containsLoginName(fine, "zhangsan"), fine).toBe(false);
    }
  });

  it("is refused once where a user is created, whichever rule it breaks, and where one's own is changed", () => {
    for (const password of ["1234567890", "zhangsan2023", "zhangsanzhangsan", "Duban-Official-2023"]) {
      const parsed = ZCreateUser.safeParse({ loginName: "zhangsan", displayName: "张三", role: "VIEWER", departmentId: "", password });
      expect(parsed.success, password).toBe(false);
      if (!parsed.success) expect(parsed.error.issues.map((i) => [i.path.join("."), i.message]), password).toEqual([["password", "users.passwordWeak"]]);
    }
    for (const newPassword of ["1111111111", "Duban-Official-2023"]) {
      const changed = ZChangeOwnPassword.safeParse({ currentPassword: "old-password-1", newPassword, confirmPassword: newPassword });
      expect(changed.success, newPassword).toBe(false);
      if (!changed.success) expect(changed.error.issues.map((i) => i.message), newPassword).toContain("users.passwordWeak");
    }
  });
});
