import { expect, type Browser, type Page } from "@playwright/test";

async function signIn(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/**
 * Signs in through the real login form, as a person would, with a password of their own. One an
 * admin chose (新建用户, 重置密码) leads to 修改密码 first: loginChangingPassword.
 */
export async function login(page: Page, loginName: string, password: string): Promise<void> {
  await signIn(page, loginName, password);
  await expect(page.getByTestId("password-change-due"), "signed in with a password an admin chose: use loginChangingPassword").toHaveCount(0);
}

/** A browser of its own (cookies apart), signed in: a second person, or the same one elsewhere. */
export async function loginInNewContext(browser: Browser, loginName: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, loginName, password);
  return page;
}

/**
 * Signs in with the password an admin chose, which leads to 修改密码 (saying why) and nowhere
 * else; the page is left there.
 */
export async function loginToChangePassword(page: Page, loginName: string, given: string): Promise<void> {
  await signIn(page, loginName, given);
  await expect(page).toHaveURL(/\/account\/password(\?|$)/);
  await expect(page.getByTestId("password-change-due")).toContainText("您现在的密码是管理员设置的");
}

/** On 修改密码 with a change due: types the given password and one of the user's own, and goes on. */
export async function changeDuePassword(page: Page, given: string, chosen: string): Promise<void> {
  const form = page.getByRole("form", { name: "修改密码" });
  await form.getByLabel("当前密码").fill(given);
  await form.getByLabel("新密码", { exact: true }).fill(chosen);
  await form.getByLabel("再次输入新密码").fill(chosen);
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(page).not.toHaveURL(/\/account\/password(\?|$)/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page.getByTestId("password-change-due")).toHaveCount(0);
}

/**
 * Signs in as a user an admin created or whose password they reset, as that user must: the
 * password the admin chose, then one of their own on 修改密码, before going on.
 */
export async function loginChangingPassword(page: Page, loginName: string, given: string, chosen: string): Promise<void> {
  await loginToChangePassword(page, loginName, given);
  await changeDuePassword(page, given, chosen);
}
