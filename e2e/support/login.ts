import { expect, type Browser, type Page } from "@playwright/test";

/** Signs in through the real login form, as a person would. */
export async function login(page: Page, loginName: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A browser of its own (cookies apart), signed in: a second person, or the same one elsewhere. */
export async function loginInNewContext(browser: Browser, loginName: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, loginName, password);
  return page;
}
