import { expect, test, type Locator, type Page } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// 配合单位 are chosen from a list of checkboxes (25–60 departments), not a <select multiple>,
// where a plain click dropped every other choice and a phone showed five at a time.

/** Departments named for this run, so that a filter by the run's tag finds only them. */
async function departmentsTagged(...names: string[]) {
  const tag = `配合${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  // One after the other: the lists offer departments in the order they were made.
  const departments = [];
  for (const name of names) departments.push(await createDepartment({ name: `${tag}${name}` }));
  return { tag, departments };
}

async function openOwners(page: Page, commitmentId: number): Promise<{ form: Locator; supporting: Locator }> {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments/${commitmentId}`);
  const form = page.getByRole("form", { name: "责任分工" });
  // The filter and the chosen ones' buttons work through the script.
  await expect(form).toHaveAttribute("data-hydrated", "true");
  return { form, supporting: form.getByRole("group", { name: "配合单位", exact: true }) };
}

/** An admin signed in on the report's list with 批量分工 open and working: the form and its two lists of departments. */
async function openBulkOwners(page: Page, reportId: number): Promise<{ form: Locator; add: Locator; remove: Locator }> {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments?report=${reportId}&bulk=1`);
  const form = page.getByRole("form", { name: "批量分工" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  return { form, add: form.getByRole("group", { name: "增加配合单位", exact: true }), remove: form.getByRole("group", { name: "移除配合单位", exact: true }) };
}

async function supportersOf(commitmentId: number): Promise<number[]> {
  const rows = await db.commitmentSupport.findMany({ where: { commitmentId }, orderBy: { departmentId: "asc" } });
  return rows.map((r) => r.departmentId);
}

test("typing in the filter narrows the departments; one ticked and filtered out of view stays ticked, is listed as chosen and is saved", async ({ page }) => {
  const { tag, departments } = await departmentsTagged("水务中心", "农业服务中心");
  const [water, farming] = departments;
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "配合单位筛选" }]);
  const { form, supporting } = await openOwners(page, commitments[0].id);

  await supporting.getByRole("checkbox", { name: water.name, exact: true }).check();
  const filter = supporting.getByRole("searchbox", { name: "按名称筛选单位" });
  await filter.fill("农业");
  // Only departments whose name holds 农业: the seed's 市农业农村局 and this run's, not the water one.
  await expect(supporting.getByRole("checkbox", { name: "市农业农村局", exact: true })).toBeVisible();
  await expect(supporting.getByRole("checkbox", { name: farming.name, exact: true })).toBeVisible();
  await expect(supporting.getByRole("checkbox", { name: "市水利局", exact: true })).toHaveCount(0);
  for (const name of await supporting.locator("li:visible").allTextContents()) expect(name).toContain("农业");
  // Out of view, still ticked, and said among the chosen ones.
  const hidden = form.locator(`input[name="supportingDepartmentIds"][value="${water.id}"]`);
  await expect(hidden).toBeHidden();
  await expect(hidden).toBeChecked();
  const chosen = supporting.getByTestId("check-list-chosen");
  await expect(chosen).toContainText("已选 1 个：");
  await expect(chosen.getByRole("button", { name: `取消选择${water.name}` })).toBeVisible();

  await supporting.getByRole("checkbox", { name: farming.name, exact: true }).check();
  await filter.fill(`${tag}无此单位`);
  await expect(supporting.getByText("没有名称含所输入文字的单位。")).toBeVisible();
  await expect(supporting.getByRole("checkbox")).toHaveCount(0);
  await expect(chosen).toContainText("已选 2 个：");
  // The filter is not a field of the form: saving sends the ticked ones, whatever it shows.
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");
  expect(await supportersOf(commitments[0].id)).toEqual([water.id, farming.id].sort((a, b) => a - b));
});

test("a plain click adds a supporting department without dropping the others; a chosen one's button takes it off alone", async ({ page }) => {
  const { departments } = await departmentsTagged("甲", "乙", "丙");
  const [a, b, c] = departments;
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "配合单位单击", supportingDepartmentIds: [a.id, b.id] }]);
  const { form, supporting } = await openOwners(page, commitments[0].id);

  await expect(supporting.getByRole("checkbox", { name: a.name, exact: true })).toBeChecked();
  await expect(supporting.getByRole("checkbox", { name: b.name, exact: true })).toBeChecked();
  // A click, no Ctrl or ⌘ held: in a <select multiple> this chose 丙 alone.
  await supporting.getByText(c.name, { exact: true }).click();
  for (const d of [a, b, c]) await expect(supporting.getByRole("checkbox", { name: d.name, exact: true })).toBeChecked();
  const chosen = supporting.getByTestId("check-list-chosen");
  await expect(chosen).toContainText("已选 3 个：");
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");
  expect(await supportersOf(commitments[0].id)).toEqual([a.id, b.id, c.id].sort((x, y) => x - y));

  // Taken off by its button: only that one goes, and the focus moves on to the next chosen one.
  await chosen.getByRole("button", { name: `取消选择${b.name}` }).click();
  await expect(supporting.getByRole("checkbox", { name: b.name, exact: true })).not.toBeChecked();
  await expect(chosen.getByRole("button", { name: `取消选择${c.name}` })).toBeFocused();
  await expect(chosen).toContainText("已选 2 个：");
  await form.getByRole("button", { name: "保存分工" }).click();
  // The first save's answer reads the same: the stored supporters say when this one is done.
  await expect.poll(() => supportersOf(commitments[0].id)).toEqual([a.id, c.id].sort((x, y) => x - y));
});

test("the supporting departments are chosen by keyboard: Tab to the filter, Tab to the list, Space ticks, Enter in the filter sends nothing", async ({ page }) => {
  const { tag, departments } = await departmentsTagged("甲", "乙");
  const [a, b] = departments;
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "配合单位键盘" }]);
  const { form, supporting } = await openOwners(page, commitments[0].id);

  await form.getByLabel("牵头单位").focus();
  await page.keyboard.press("Tab");
  const filter = supporting.getByRole("searchbox", { name: "按名称筛选单位" });
  await expect(filter).toBeFocused();
  await page.keyboard.type(tag);
  await expect(supporting.getByRole("checkbox")).toHaveCount(2);
  // Said to a screen reader as the list narrows (the total is every department, other specs' too).
  await expect(filter).toHaveAccessibleDescription(/^显示 2 个，共 \d+ 个$/);
  await page.keyboard.press("Tab");
  // Each box is named by its department, as a screen reader says it.
  const first = supporting.getByRole("checkbox", { name: a.name, exact: true });
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  // Enter in the filter ends the typing; it does not send the form (that would save 甲 alone).
  await page.keyboard.press("Shift+Tab");
  await expect(filter).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const second = supporting.getByRole("checkbox", { name: b.name, exact: true });
  await expect(second).toBeFocused();
  await page.keyboard.press("Space");
  await expect(second).toBeChecked();
  await page.keyboard.press("Space");
  await expect(second).not.toBeChecked();
  await page.keyboard.press("Space");
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");
  expect(await supportersOf(commitments[0].id)).toEqual([a.id, b.id].sort((x, y) => x - y));
  // Saved once, by the button: the Enter in the filter wrote nothing.
  await page.reload();
  await expect(page.getByTestId("audit-history").getByText("设置责任分工")).toHaveCount(1);
});

test("批量分工 adds the departments ticked to each commitment's supporters and takes off only those ticked to remove; a success starts both lists empty", async ({ page }) => {
  const { tag, departments } = await departmentsTagged("甲", "乙", "丙");
  const [a, b, c] = departments;
  const { report, commitments } = await seedReportWithCommitments(db, [
    { indicator: `批量配合${tag}一`, supportingDepartmentIds: [a.id] },
    { indicator: `批量配合${tag}二`, supportingDepartmentIds: [b.id] },
  ]);
  const { form, add, remove } = await openBulkOwners(page, report.id);
  await add.getByRole("searchbox", { name: "按名称筛选单位" }).fill(tag);
  await add.getByRole("checkbox", { name: c.name, exact: true }).check();
  await remove.getByRole("checkbox", { name: a.name, exact: true }).check();
  // No row ticked: refused, and what was ticked in both lists stays ticked.
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.locator("#bulk-lead-error")).toHaveText(/^请先勾选要分工的目标任务。/);
  await expect(add.getByRole("checkbox", { name: c.name, exact: true })).toBeChecked();
  await expect(remove.getByRole("checkbox", { name: a.name, exact: true })).toBeChecked();
  await page.getByLabel(`选择 批量配合${tag}一`, { exact: true }).check();
  await page.getByLabel(`选择 批量配合${tag}二`, { exact: true }).check();
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("status")).toHaveText("已更新 2 项目标任务的分工。");
  expect(await supportersOf(commitments[0].id)).toEqual([c.id]);
  expect(await supportersOf(commitments[1].id)).toEqual([b.id, c.id].sort((x, y) => x - y));
  for (const list of [add, remove]) {
    await expect(list.locator("input:checked")).toHaveCount(0);
    await expect(list.getByTestId("check-list-chosen")).toHaveText("未选择");
  }
});

test("批量分工 does not offer the lead picked among the supporters to add; a refusal said beside a list stays while it is filtered, and goes once it is changed", async ({ page }) => {
  const { tag, departments } = await departmentsTagged("甲", "乙");
  const [a, b] = departments;
  const { report } = await seedReportWithCommitments(db, [{ indicator: `批量牵头${tag}` }]);
  const { form, add, remove } = await openBulkOwners(page, report.id);
  await add.getByRole("searchbox", { name: "按名称筛选单位" }).fill(tag);
  await add.getByRole("checkbox", { name: a.name, exact: true }).check();
  await add.getByRole("checkbox", { name: b.name, exact: true }).check();
  // Made the lead, 甲 leaves the supporters to add and is not offered there; it may still be taken off.
  await form.getByLabel("牵头单位").selectOption({ label: a.name });
  await expect(add.getByRole("checkbox", { name: a.name, exact: true })).toHaveCount(0);
  await expect(add.getByTestId("check-list-chosen")).toContainText("已选 1 个：");
  await expect(add.getByTestId("check-list-chosen").getByRole("button")).toHaveAccessibleName(`取消选择${b.name}`);
  await expect(remove.getByRole("checkbox", { name: a.name, exact: true })).toBeVisible();
  await form.getByLabel("牵头单位").selectOption({ label: b.name });
  await expect(add.getByRole("checkbox", { name: a.name, exact: true })).not.toBeChecked();
  await expect(add.getByRole("checkbox", { name: b.name, exact: true })).toHaveCount(0);

  // Added and taken off at once: refused beside the list to take off. Filtering that list changes
  // nothing (the answer stays); unticking takes its error down.
  await add.getByRole("checkbox", { name: a.name, exact: true }).check();
  await remove.getByRole("searchbox", { name: "按名称筛选单位" }).fill(tag);
  await remove.getByRole("checkbox", { name: a.name, exact: true }).check();
  await page.getByLabel(`选择 批量牵头${tag}`, { exact: true }).check();
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.locator("#bulk-remove-supporting-error")).toHaveText("同一单位不能同时增加和移除为配合单位。");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await remove.getByRole("searchbox", { name: "按名称筛选单位" }).fill(a.name);
  await expect(remove.getByRole("checkbox")).toHaveCount(1);
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(form.locator("#bulk-remove-supporting-error")).not.toBeEmpty();
  await remove.getByRole("checkbox", { name: a.name, exact: true }).uncheck();
  await expect(form.locator("#bulk-remove-supporting-error")).toBeEmpty();
});
