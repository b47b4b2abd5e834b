import { describe, expect, it } from "vitest";
import { userListFilters, userStatusWhere, ZUserListQuery } from "./user-list-query";

describe("the users list's query string", () => {
  it("reads the filters from the URL, a bad value being no filter", () => {
    expect(ZUserListQuery.parse({ department: "12", role: "OFFICIAL", status: "disabled", page: "2" })).toEqual({ department: 12, role: "OFFICIAL", status: "disabled", page: 2, q: undefined });
    expect(ZUserListQuery.parse({ department: "", role: "KING", status: "gone" })).toEqual({ page: 1, q: undefined, department: undefined, role: undefined, status: undefined });
    expect(ZUserListQuery.parse({ department: "0" }).department).toBeUndefined();
    expect(ZUserListQuery.parse({ department: "3abc" }).department).toBeUndefined();
    expect(ZUserListQuery.parse({ department: ["3", "4"] }).department).toBeUndefined();
  });

  it("reads 待修改密码 as a status, and its links keep it", () => {
    const query = ZUserListQuery.parse({ status: "passwordDue", role: "OFFICIAL" });
    expect(query.status).toBe("passwordDue");
    expect(userListFilters(query)).toEqual({ department: undefined, role: "OFFICIAL", status: "passwordDue" });
    // Spelt otherwise it is no filter, as any other unknown status.
    expect(ZUserListQuery.parse({ status: "passworddue" }).status).toBeUndefined();
  });
});

describe("userStatusWhere", () => {
  it("finds 正常 and 已停用 by the account's switch, 待修改密码 by the change due, whether disabled or not", () => {
    expect(userStatusWhere(undefined)).toEqual({});
    expect(userStatusWhere("active")).toEqual({ disabled: false });
    expect(userStatusWhere("disabled")).toEqual({ disabled: true });
    expect(userStatusWhere("passwordDue")).toEqual({ mustChangePassword: true });
  });
});
