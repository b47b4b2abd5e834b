import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser } from "./support/db";
import { login } from "./support/login";

/** A sign-in through the form that fails: the page says so and stays on the form. */
async function failToSignIn(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-error")).toHaveText("登录名或密码错误，请重新输入。");
}

test("a failed sign-in is in the log, found by the account it was tried on, in Chinese and in English, and exported with it", async ({ page, browser }) => {
  const victim = await createUser({ role: "VIEWER", loginName: `sec.victim-${randomUUID().slice(0, 6)}`, displayName: "被盯上的用户" });
  const admin = await createUser({ role: "ADMIN" });
  const guesser = await (await browser.newContext()).newPage();
  await failToSignIn(guesser, victim.loginName, "not-the-password");

  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/audit");
  await page.getByLabel("对象类型").selectOption({ label: "用户" });
  await page.getByLabel("对象", { exact: true }).fill(victim.loginName);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`subjectKind=user&subject=${victim.loginName.replace(".", "\\.")}`));
  await expect(page.getByTestId("audit-subjects-matched")).toHaveText(`筛选的对象：用户 被盯上的用户（${victim.loginName}）`);
  // The account's events only: the failure, not the admin's own sign-in a moment later.
  const rows = page.getByTestId("audit-log-row");
  await expect(rows).toHaveCount(1);
  const failure = rows.first();
  await expect(failure).toHaveAttribute("data-action", "auth.signInFailed");
  await expect(failure).toContainText("登录失败");
  await expect(failure).toContainText("未登录的访问者");
  await expect(failure).toContainText("原因：密码错误");
  await expect(page.getByText("共 1 条记录")).toBeVisible();

  // The export holds what the page lists.
  const exportLink = page.getByRole("link", { name: "导出 CSV" });
  const csv = await (await page.request.get((await exportLink.getAttribute("href"))!)).text();
  expect(csv.trimEnd().split("\r\n")).toHaveLength(2);
  expect(csv).toContain("auth.signInFailed");
  expect(csv).toContain(`被盯上的用户（${victim.loginName}）`);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("audit-subjects-matched")).toHaveText(`Records filtered on: User 被盯上的用户 (${victim.loginName})`);
  await expect(failure).toContainText("Sign-in failed");
  await expect(failure).toContainText("Not signed in");
  await expect(failure).toContainText("Reason: Wrong password");
});

test("the log filtered by record names what it cannot find instead of listing everything, in Chinese and in English", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/audit");
  // A record typed without its type.
  await page.getByLabel("对象", { exact: true }).fill("sec.victim");
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  const kind = page.getByLabel("对象类型");
  await expect(kind).toHaveAttribute("aria-invalid", "true");
  await expect(kind).toHaveAccessibleDescription("请选择对象类型：用户、部门或目标任务。");
  await expect(page.getByTestId("audit-subject-refused")).toHaveText("未能按对象筛选，因此没有列出记录：请按筛选栏“对象”下的提示修改。");
  await expect(page.getByTestId("audit-log-row")).toHaveCount(0);
  // What was typed stays, to be put right.
  await expect(page.getByLabel("对象", { exact: true })).toHaveValue("sec.victim");

  const nobody = `nobody-${randomUUID().slice(0, 8)}`;
  await kind.selectOption({ label: "用户" });
  await page.getByLabel("对象", { exact: true }).fill(nobody);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  const text = page.getByLabel("对象", { exact: true });
  await expect(text).toHaveAccessibleDescription(`没有登录名、姓名或编号为“${nobody}”的用户，也没有以这个登录名尝试登录的记录。`);
  await expect(kind).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("audit-log-row")).toHaveCount(0);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Record", { exact: true })).toHaveAccessibleDescription(`No user has the login name, name or number "${nobody}", and nobody tried to sign in with that login name.`);
});
