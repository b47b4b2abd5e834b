import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/commitments?report=1")).toBe("/commitments?report=1");
    expect(safeCallbackUrl("http://localhost:3000/reports/2#c-5")).toBe("/reports/2#c-5");
    expect(decodeURIComponent(safeCallbackUrl("/commitments?q=农田"))).toBe("/commitments?q=农田");
  });
  it("refuses anything that could leave the site or loop back to login", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "javascript:alert(1)", "evil.example", "/login?x=1", "/reports/../login", "/.//evil.example", "/..//evil.example", "/%2e//evil.example", "/x/..//evil.example", "", null, undefined]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
  it("refuses paths a browser would read as another site once it drops tabs and line breaks", () => {
    for (const bad of ["/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/\u0000/evil", "/a\\b"]) {
      expect(safeCallbackUrl(bad)).toBe("/");
    }
  });
});
