import { expect, test } from "@playwright/test";

test("pages carry a nonce-based CSP without unsafe-inline scripts, and refuse framing and sniffing", async ({ page }) => {
  const first = await page.goto("/login");
  const csp = first?.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const second = await page.goto("/login");
  expect(second?.headers()["content-security-policy"]).not.toBe(csp); // a fresh nonce every time
  // The page still works under the policy: the login form is interactive (its script ran).
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-error")).toHaveText("请输入登录名和密码。");
});
