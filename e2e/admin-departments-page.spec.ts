import { expect, test } from "@playwright/test";
import { createDepartment, createUser } from "./support/db";
import { openDepartmentActions } from "./support/departments";
import { login } from "./support/login";

const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;

test("the departments page sends no row's forms until one is opened: one merge select at most, not one of every department per row", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [from, into] = [await createDepartment(), await createDepartment()];
  await login(page, admin.loginName, admin.password);

  // The page as it arrives, every department of the run on it (the city's and each spec's): a
  // province's 60 departments made it 1.2 MB, 3,600 options, when each row held a select of all.
  const html = await (await page.request.get("/admin/departments")).text();
  expect(count(html, "tr")).toBeGreaterThan(40);
  expect(count(html, "select")).toBe(0);
  expect(count(html, "option")).toBe(0);
  expect(count(html, "textarea")).toBe(0);

  // The list is paged (the integration suite's departments come first): the new one by its name.
  await page.goto(`/admin/departments?q=${encodeURIComponent(from.name)}`);
  // A row sends no form until its 操作 are opened; then its one form is its 停用/启用.
  await expect(page.locator("tbody form")).toHaveCount(0);
  const row = await openDepartmentActions(page.getByTestId(`department-${from.code}`), from.name);
  await expect(row.locator("form")).toHaveCount(1);
  const merge = row.getByRole("button", { name: "合并到…" });
  await expect(merge).toHaveAttribute("aria-expanded", "false");
  await merge.click();
  await expect(merge).toHaveAttribute("aria-expanded", "true");
  const select = page.locator('select[name="intoId"]');
  await expect(select).toHaveCount(1);
  // The departments it may go to are every other active one, from the page's one list.
  await expect(select.locator("option", { hasText: into.name })).toHaveCount(1);
  await expect(select.locator("option", { hasText: from.name })).toHaveCount(0);
  await merge.click();
  await expect(select).toHaveCount(0);

  // By keyboard: the disclosure opens with Enter, and the next Tab is its form's field.
  const rename = row.getByRole("button", { name: "重命名" });
  await rename.focus();
  await page.keyboard.press("Enter");
  await expect(rename).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Tab");
  await expect(row.getByRole("form", { name: `重命名：${from.name}` }).getByLabel("新名称")).toBeFocused();
});

test("without script, a row's form opens by its link and its answer comes back to it", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  const department = await createDepartment();
  await login(page, admin.loginName, admin.password);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noScript = await context.newPage();
  await noScript.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const row = noScript.getByTestId(`department-${department.code}`);
  await row.getByRole("link", { name: `操作：${department.name}` }).click();
  await expect(noScript).toHaveURL(new RegExp(`[?&]open=actions-${department.id}#department-${department.id}$`));
  await row.getByRole("link", { name: "关键词" }).click();
  await expect(noScript).toHaveURL(new RegExp(`[?&]open=keywords-${department.id}#department-keywords-${department.id}$`));
  const form = row.getByRole("form", { name: `导入识别关键词：${department.name}` });
  await form.getByLabel("导入识别关键词").fill("无脚本词甲、无脚本词乙");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText(`已保存${department.name}的导入识别关键词，此后开始的导入按新关键词建议牵头单位。`);
  await expect(row).toContainText("无脚本词甲、无脚本词乙");
  // Open, its link closes it, the 操作 it is among left open.
  await row.getByRole("link", { name: "关键词" }).click();
  await expect(form).toHaveCount(0);
  await expect(row.getByRole("link", { name: "关键词" })).toBeVisible();
  await context.close();
});
