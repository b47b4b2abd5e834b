import { describe, expect, it } from "vitest";
import { afterPasswordChange, passwordChangeRedirect } from "./password-change-path";

describe("a user whose password an admin chose", () => {
  it("is sent from any page to 修改密码, carrying the page asked for", () => {
    expect(passwordChangeRedirect("/commitments?q=%E5%86%9C%E7%94%B0")).toBe("/account/password?next=%2Fcommitments%3Fq%3D%25E5%2586%259C%25E7%2594%25B0");
    expect(passwordChangeRedirect("/admin/users/7")).toBe("/account/password?next=%2Fadmin%2Fusers%2F7");
    // Home needs no carrying; nor does an address of another site, which is never followed.
    expect(passwordChangeRedirect("/")).toBe("/account/password");
    expect(passwordChangeRedirect("//evil.example/x")).toBe("/account/password");
    // Without the proxy's word on the page asked for, 修改密码 all the same: closed, not open.
    expect(passwordChangeRedirect(null)).toBe("/account/password");
  });

  it("stays on 修改密码 itself, whatever its query", () => {
    expect(passwordChangeRedirect("/account/password")).toBeNull();
    expect(passwordChangeRedirect("/account/password?next=%2Fcommitments")).toBeNull();
    // A path that only resolves to it is it too; one that only starts like it is not.
    expect(passwordChangeRedirect("/account/x/../password")).toBeNull();
    expect(passwordChangeRedirect("/account/passwords")).toBe("/account/password?next=%2Faccount%2Fpasswords");
  });

  it("leads on, once changed, to the page asked for when it is one of ours, else home", () => {
    expect(afterPasswordChange("/commitments?q=%E5%86%9C%E7%94%B0")).toBe("/commitments?q=%E5%86%9C%E7%94%B0");
    for (const elsewhere of ["https://evil.example/", "//evil.example", "/login?callbackUrl=%2F", "/account/password", "", undefined, ["/commitments"]]) {
      expect(afterPasswordChange(elsewhere), String(elsewhere)).toBe("/");
    }
  });
});
