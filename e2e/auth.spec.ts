import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { TEST_ADMIN_PASSWORD } from "@/lib/database/test-database";
import { createUser } from "./support/db";
import { login } from "./support/login";

const ROLE_LABELS = { ADMIN: "管理员", REVIEWER: "督查审核员", OFFICIAL: "责任单位经办人", VIEWER: "查看者" } as const;

test.describe("signing in", () => {
  test("the admin signs in through the form and sees name and role", async ({ page }) => {
    await login(page, "admin", TEST_ADMIN_PASSWORD);
    await expect(page.getByTestId("current-user")).toContainText("系统管理员");
    await expect(page.getByTestId("current-role")).toHaveText(ROLE_LABELS.ADMIN);
  });

  for (const demo of DEMO_USERS) {
    test(`the demo ${demo.role.toLowerCase()} ${demo.loginName} signs in and sees name and role`, async ({ page }) => {
      await login(page, demo.loginName, demo.password);
      await expect(page.getByTestId("current-user")).toContainText(demo.displayName);
      await expect(page.getByTestId("current-role")).toHaveText(ROLE_LABELS[demo.role]);
    });
  }

  test("a wrong password shows a clear Chinese message and keeps the user on the login page", async ({ page }) => {
    const user = await createUser({ role: "VIEWER" });
    await page.goto("/login");
    await page.getByLabel("登录名").fill(user.loginName);
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#login-error")).toHaveText("登录名或密码错误，请重新输入。");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("登录名")).toHaveValue(user.loginName);
    // The focus is back on the password to type again (it fell to the page's body), marked invalid.
    await expect(page.getByLabel("密码")).toBeFocused();
    await expect(page.getByLabel("密码")).toHaveAttribute("aria-invalid", "true");
  });

  test("the password never travels in a URL: before its script runs the form cannot be sent, and it posts", async ({ browser }) => {
    // The page as it arrives, before hydration (scripts off): the button waits, and the form
    // would POST rather than put the password into the address.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    const submit = page.getByRole("button", { name: "登录" });
    await expect(submit).toBeDisabled();
    await expect(page.locator("form").filter({ has: submit })).toHaveAttribute("method", "post");
    await context.close();
  });

  test("a disabled user cannot sign in", async ({ page }) => {
    const user = await createUser({ role: "OFFICIAL", disabled: true });
    await page.goto("/login");
    await page.getByLabel("登录名").fill(user.loginName);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.locator("#login-error")).toHaveText("该账号已被停用，请联系系统管理员。");
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session, and a copy of its cookie with it", async ({ page, browser }) => {
    const user = await createUser({ role: "VIEWER" });
    await login(page, user.loginName, user.password);
    const copy = await page.context().cookies();
    // On the address the app was opened at, not the one it is configured with (NEXTAUTH_URL).
    const origin = new URL(page.url()).origin;
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(`${origin}/login`);
    await page.goto("/commitments");
    await expect(page).toHaveURL(/\/login/);
    // The cookie as it was before signing out, in another browser: signed out all the same.
    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(copy);
    const other = await elsewhere.newPage();
    await other.goto("/commitments");
    await expect(other).toHaveURL(/\/login/);
    await expect(other.getByLabel("登录名")).toBeVisible();
    expect((await other.request.get("/api/exports/commitments.csv")).status()).toBe(401);
    await elsewhere.close();
  });

  test("a download asked for after signing out in another tab says why, and signing in again returns to the list", async ({ page, context }) => {
    const user = await createUser({ role: "VIEWER" });
    await login(page, user.loginName, user.password);
    await page.goto("/commitments?q=农田");
    const other = await context.newPage();
    await other.goto("/");
    await other.getByRole("button", { name: "退出登录" }).click();
    await expect(other).toHaveURL(/\/login/);
    await page.getByTestId("export-links").getByRole("link", { name: "CSV" }).click();
    await expect(page.getByRole("heading", { name: "无法打开" })).toBeVisible();
    await expect(page.getByRole("alert")).toHaveText("登录已失效，请重新登录后再导出。");
    await page.getByRole("link", { name: "重新登录" }).click();
    await page.getByLabel("登录名").fill(user.loginName);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/commitments\?q=/);
  });
});

test.describe("anonymous visitors", () => {
  for (const path of ["/", "/commitments", "/reports", "/reports/1", "/admin/users", "/admin/departments", "/no-such-page"]) {
    test(`an anonymous visit to ${path} lands on the login page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("heading", { name: "登录督办系统" })).toBeVisible();
    });
  }
});
