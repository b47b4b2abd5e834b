import { describe, expect, it } from "vitest";
import { canonicalRedirect } from "./canonical-query";

describe("a list's own address", () => {
  it("is kept as asked, whatever the order of its parameters", () => {
    expect(canonicalRedirect({}, "/admin/users")).toBeNull();
    expect(canonicalRedirect({ role: "OFFICIAL", q: "张" }, "/admin/users?q=%E5%BC%A0&role=OFFICIAL")).toBeNull();
  });

  it("is given for the empty fields a GET form sends, and for a value the list could not read", () => {
    expect(canonicalRedirect({ q: "zhang", department: "", role: "", status: "" }, "/admin/users?q=zhang")).toBe("/admin/users?q=zhang");
    expect(canonicalRedirect({ department: "abc" }, "/admin/users")).toBe("/admin/users");
    expect(canonicalRedirect({ department: ["3", "4"] }, "/admin/users?department=3")).toBe("/admin/users?department=3");
  });
});
