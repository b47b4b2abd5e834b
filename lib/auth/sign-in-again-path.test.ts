import { describe, expect, it } from "vitest";
import { signInAgainPath } from "./sign-in-again-path";

describe("signInAgainPath", () => {
  it("says the session ended and leads back to the page it was found on", () => {
    expect(signInAgainPath("/commitments/12?tab=history")).toBe("/login?ended=1&callbackUrl=%2Fcommitments%2F12%3Ftab%3Dhistory");
    expect(signInAgainPath("/review?department=3")).toBe("/login?ended=1&callbackUrl=%2Freview%3Fdepartment%3D3");
  });

  it("leads home from a page that is not one of ours, or none", () => {
    for (const page of [null, "", "//evil.example/x", "/login?callbackUrl=%2F", "/"]) expect(signInAgainPath(page)).toBe("/login?ended=1");
  });
});
