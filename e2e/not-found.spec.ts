import { expect, test } from "@playwright/test";
import { createUser } from "./support/db";
import { login } from "./support/login";

test("an address naming nothing answers 404, and its tab says so rather than another page's name", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  for (const address of ["/commitments/2147483646", "/admin/users/2147483646", "/reports/2147483646", "/reports/import/2147483646", "/no-such-page"]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page, address).toHaveTitle("页面不存在 · 督办 Duban");
    // One main landmark, inside the signed-in shell or outside it.
    await expect(page.getByRole("main")).toHaveCount(1);
  }
});
