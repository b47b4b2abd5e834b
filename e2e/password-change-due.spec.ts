import { expect, test } from "@playwright/test";
import { createUser } from "./support/db";
import { changeDuePassword, login, loginToChangePassword } from "./support/login";

// 等保: a password an admin chose is changed by its owner at the first sign-in, before anything
// else. An admin QA walk found new users landing on 首页 and keeping the admin's password for good.
test("a user an admin creates is sent to 修改密码 first, can open nothing else until they change it, then goes on", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "新建用户" });
  const loginName = `e2e.due.${Date.now()}`;
  await form.getByLabel("登录名").fill(loginName);
  await form.getByLabel("姓名").fill("首次 登录");
  // A password printed in the README for the demo accounts is not one to give anybody.
  await form.getByLabel("初始密码").fill("Duban-Official-2023");
  await form.getByLabel("角色").selectOption("VIEWER");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByLabel("初始密码")).toHaveAccessibleDescription(/使用本系统说明中公开的演示密码/);
  await form.getByLabel("初始密码").fill("given-by-admin-2023");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByRole("status")).toHaveText("用户已创建。本人首次登录后须先修改密码。");

  // The new user signs in through the form: 修改密码, saying why, and no menu to anywhere else.
  const user = await (await browser.newContext()).newPage();
  await loginToChangePassword(user, loginName, "given-by-admin-2023");
  await expect(user).toHaveTitle("修改密码 · 督办 Duban");
  await expect(user.getByTestId("current-user")).toContainText("首次 登录");
  await expect(user.getByRole("navigation", { name: "主导航" })).toHaveCount(0);

  // 目标任务 asked for by its address leads back to 修改密码, which then leads on to it.
  await user.goto("/commitments?q=%E5%86%9C%E7%94%B0");
  await expect(user).toHaveURL(/\/account\/password\?next=%2Fcommitments%3Fq%3D%25E5%2586%259C%25E7%2594%25B0$/);
  await expect(user.getByRole("heading", { name: "修改密码" })).toBeVisible();
  await expect(user.getByTestId("password-change-due")).toBeVisible();
  // A download is refused too, with the reason.
  const ledger = await user.request.get("/api/exports/commitments.csv");
  expect(ledger.status()).toBe(403);
  expect(await ledger.json()).toEqual({ error: "请先修改管理员为您设置的密码，然后再继续操作。" });

  // The admin's password again is not a change.
  const change = user.getByRole("form", { name: "修改密码" });
  await change.getByLabel("当前密码").fill("given-by-admin-2023");
  await change.getByLabel("新密码", { exact: true }).fill("given-by-admin-2023");
  await change.getByLabel("再次输入新密码").fill("given-by-admin-2023");
  await change.getByRole("button", { name: "修改密码" }).click();
  await expect(change.locator("#newPassword-error")).toHaveText("新密码不能与当前密码相同。");
  await expect(user).toHaveURL(/\/account\/password\?next=/);

  await changeDuePassword(user, "given-by-admin-2023", "chosen-by-me-2023");
  await expect(user).toHaveURL(/\/commitments\?q=%E5%86%9C%E7%94%B0$/);
  await expect(user.getByRole("heading", { name: "目标任务", level: 1 })).toBeVisible();
  await expect(user.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标任务" })).toBeVisible();
  // And stays so: pages, downloads, the next sign-in.
  await user.goto("/commitments");
  await expect(user).toHaveURL(/\/commitments$/);
  expect((await user.request.get("/api/exports/commitments.csv")).status()).toBe(200);
  await user.context().clearCookies();
  await login(user, loginName, "chosen-by-me-2023");
  await expect(user).not.toHaveURL(/\/account\/password/);
  await user.context().close();
});
