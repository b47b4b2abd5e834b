import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { openDepartmentActions } from "./support/departments";
import { login } from "./support/login";

test("on a desktop a department is one line, its 操作 folded under a button: opened one row at a time, by mouse or keyboard, and a rename goes through them", async ({ page }) => {
  const tag = `${Date.now()}`;
  const [first, second] = [await createDepartment({ name: `操作折叠甲${tag}` }), await createDepartment({ name: `操作折叠乙${tag}` })];
  // What made a line wrap: many keywords, and the mark of open work with nobody to report on it.
  const words = ["高标准农田建设", "粮食播种面积", "农村人居环境整治", "乡村振兴示范村", "农产品加工", "畜禽养殖", "农田水利", "种业振兴"];
  await db.departmentKeyword.createMany({ data: words.map((w) => ({ keyword: `${w}${tag}`, departmentId: first.id })) });
  await seedReportWithCommitments(db, [{ indicator: "操作折叠指标", leadDepartmentId: first.id }]);
  const admin = await createUser({ role: "ADMIN" });
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${tag}`);

  const row = page.getByTestId(`department-${first.code}`);
  const other = page.getByTestId(`department-${second.code}`);
  await expect(row.getByText("无启用的经办人")).toBeVisible();
  // One line of text, its 操作 button beside it: four buttons stacked made it 149 px.
  for (const line of [row.locator("tr").first(), other.locator("tr").first()]) expect((await line.boundingBox())!.height).toBeLessThan(50);

  const opener = row.getByRole("button", { name: `操作：${first.name}` });
  const otherOpener = other.getByRole("button", { name: `操作：${second.name}` });
  await expect(opener).toHaveAttribute("aria-expanded", "false");
  await expect(row.getByRole("button", { name: "重命名" })).toHaveCount(0);
  await opener.click();
  await expect(opener).toHaveAttribute("aria-expanded", "true");
  const actions = page.locator(`#${await opener.getAttribute("aria-controls")}`);
  await expect(actions.getByRole("button", { name: `停用：${first.name}` })).toBeVisible();
  await expect(actions.getByRole("button", { name: "重命名" })).toBeVisible();
  // Another row's opened: this one's close.
  await otherOpener.click();
  await expect(otherOpener).toHaveAttribute("aria-expanded", "true");
  await expect(opener).toHaveAttribute("aria-expanded", "false");
  await expect(actions).toBeHidden();

  // By keyboard: Enter on the button opens them, and the next Tab is their first control.
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(opener).toHaveAttribute("aria-expanded", "true");
  await expect(otherOpener).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: `停用：${first.name}` })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: "重命名" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const name = row.getByRole("form", { name: `重命名：${first.name}` }).getByLabel("新名称");
  await expect(name).toBeFocused();
  const renamed = `操作折叠丙${tag}`;
  await name.fill(renamed);
  await page.keyboard.press("Enter");
  await expect(row.getByRole("status")).toHaveText("部门已重命名。");
  await expect(row.locator("td").first()).toHaveText(renamed);
  // Still open after the answer, now named by the new name; Enter closes it again.
  const reopened = row.getByRole("button", { name: `操作：${renamed}` });
  await expect(reopened).toHaveAttribute("aria-expanded", "true");
  await reopened.focus();
  await page.keyboard.press("Enter");
  await expect(reopened).toHaveAttribute("aria-expanded", "false");
  await expect(row.getByRole("button", { name: "重命名" })).toBeHidden();
});

test("a merge into a department nobody reports for is done, and said as a warning of what now waits there, announced as a success is", async ({ page }) => {
  const [from, into] = [await createDepartment(), await createDepartment()];
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "合并警示指标", leadDepartmentId: from.id }]);
  await db.reminder.create({ data: { commitmentId: commitments[0].id, senderId: reviewer.id, note: "请尽快报送" } });
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);

  await page.goto(`/admin/departments?q=${encodeURIComponent(from.name)}`);
  const row = await openDepartmentActions(page.getByTestId(`department-${from.code}`), from.name);
  await row.getByRole("button", { name: "合并到…" }).click();
  const form = row.getByRole("form", { name: `合并部门：${from.name}` });
  await expect(form.getByTestId("merge-preview")).toHaveText("将转入：牵头的目标任务 1 项（未办结 1 项）、目标任务上待答复的催办 1 条。");
  await form.getByLabel("并入部门").selectOption({ label: into.name });
  await form.getByRole("button", { name: "合并…" }).click();
  await form.getByRole("button", { name: "确认合并" }).click();

  const answer = row.getByRole("status").filter({ hasText: `已将${from.name}并入${into.name}` });
  await expect(answer).toHaveText(
    `已将${from.name}并入${into.name}：转入目标任务 1 项、用户 0 人。${into.name}现在没有启用的经办人：其牵头或配合的 1 项未办结目标任务，本部门已无人报送（其中有 1 条待答复的催办）。请为该部门新建或调入经办人。`,
  );
  await expect(answer).toBeFocused();
  await expect(answer).toHaveAttribute("aria-live", "polite");
  await expect(answer).toHaveAttribute("data-tone", "warning");
  await expect(answer).toHaveClass(/bg-amber-50/);
  await expect(answer).not.toHaveClass(/green/);

  // Into one with an official of its own: a success, as ever.
  const [empty, staffed] = [await createDepartment(), await createDepartment()];
  await createUser({ role: "OFFICIAL", departmentId: staffed.id });
  await page.goto(`/admin/departments?q=${encodeURIComponent(empty.name)}`);
  const emptyRow = await openDepartmentActions(page.getByTestId(`department-${empty.code}`), empty.name);
  await emptyRow.getByRole("button", { name: "合并到…" }).click();
  const emptyForm = emptyRow.getByRole("form", { name: `合并部门：${empty.name}` });
  await expect(emptyForm.getByTestId("merge-preview")).toHaveText("将转入：没有目标任务、用户或关键词。");
  await emptyForm.getByLabel("并入部门").selectOption({ label: staffed.name });
  await emptyForm.getByRole("button", { name: "合并…" }).click();
  await emptyForm.getByRole("button", { name: "确认合并" }).click();
  const done = emptyRow.getByRole("status").filter({ hasText: `已将${empty.name}并入${staffed.name}` });
  await expect(done).toHaveText(`已将${empty.name}并入${staffed.name}：转入目标任务 0 项、用户 0 人。`);
  await expect(done).toHaveAttribute("data-tone", "success");
  await expect(done).toHaveClass(/bg-green-50/);
});

test("on a phone a department's 操作 open within the screen: no sideways page scroll, and their forms stay in view", async ({ page }) => {
  const department = await createDepartment();
  const admin = await createUser({ role: "ADMIN" });
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const row = page.getByTestId(`department-${department.code}`);
  await row.getByRole("button", { name: `操作：${department.name}` }).click();
  await row.getByRole("button", { name: "合并到…" }).click();
  const select = row.getByRole("form", { name: `合并部门：${department.name}` }).getByLabel("并入部门");
  await expect(select).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const field = (await select.boundingBox())!;
  expect(field.x).toBeGreaterThanOrEqual(0);
  expect(field.x + field.width).toBeLessThanOrEqual(390);
});
