import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { openDepartmentActions } from "./support/departments";
import { login } from "./support/login";

test("合并到… says what will move before merging, asks with it, and merges only what was said", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [from, into, lead] = [await createDepartment(), await createDepartment(), await createDepartment()];
  await createUser({ role: "OFFICIAL", departmentId: from.id });
  await createUser({ role: "OFFICIAL", departmentId: from.id, disabled: true });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "合并预览牵头指标", leadDepartmentId: from.id },
    { indicator: "合并预览已核验指标", leadDepartmentId: from.id },
    { indicator: "合并预览配合指标", leadDepartmentId: lead.id, supportingDepartmentIds: [from.id] },
  ]);
  await db.commitment.update({ where: { id: commitments[1].id }, data: { status: "VERIFIED" } });
  await db.departmentKeyword.create({ data: { keyword: `合并预览词${from.id}`, departmentId: from.id } });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(from.name)}`);
  const row = await openDepartmentActions(page.getByTestId(`department-${from.code}`), from.name);
  await row.getByRole("button", { name: "合并到…" }).click();
  const form = row.getByRole("form", { name: `合并部门：${from.name}` });

  // Read as the fold opens, before any department is chosen.
  const moving = "牵头的目标任务 2 项（未办结 1 项）、配合的目标任务 1 项（未办结 1 项）、用户 1 人（另有停用 1 人）、导入识别关键词 1 个";
  await expect(form.getByTestId("merge-preview")).toHaveText(`将转入：${moving}。`);
  await form.getByLabel("并入部门").selectOption({ label: into.name });
  await form.getByRole("button", { name: "合并…" }).click();
  const question = form.getByRole("group", { name: `将${from.name}并入${into.name}？` });
  await expect(question).toContainText(`将${from.name}并入${into.name}？将转入：${moving}。合并后${from.name}停用，合并不能撤销。`);
  // The answer that changes nothing has the focus; taking it merges nothing.
  await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
  await question.getByRole("button", { name: "取消" }).click();
  await expect(question).toHaveCount(0);
  expect((await db.department.findUniqueOrThrow({ where: { id: from.id } })).active).toBe(true);

  // Someone joins the department after it was read: the merge confirmed is refused, and what is read again says so.
  await form.getByRole("button", { name: "合并…" }).click();
  await createUser({ role: "VIEWER", departmentId: from.id });
  await question.getByRole("button", { name: "确认合并" }).click();
  await expect(form.getByRole("alert")).toHaveText(`打开合并以来，${from.name}的目标任务、用户或关键词有了变化，未合并：请核对现在将转入的内容，再确认一次。`);
  expect((await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id } })).leadDepartmentId).toBe(from.id);
  await expect(form.getByTestId("merge-preview")).toContainText("用户 2 人（另有停用 1 人）");

  await form.getByRole("button", { name: "合并…" }).click();
  await expect(question).toContainText("用户 2 人（另有停用 1 人）");
  await question.getByRole("button", { name: "确认合并" }).click();
  await expect(row.getByRole("status").filter({ hasText: `已将${from.name}并入${into.name}：转入目标任务 3 项、用户 3 人。` })).toBeFocused();
  expect((await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id } })).leadDepartmentId).toBe(into.id);
});

test("a department's user count leads to its users, narrowed further by role and status", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [department, other] = [await createDepartment(), await createDepartment()];
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const gone = await createUser({ role: "OFFICIAL", departmentId: department.id, disabled: true });
  const viewer = await createUser({ role: "VIEWER", departmentId: department.id });
  await createUser({ role: "OFFICIAL", departmentId: other.id });
  // Open work: with its only official disabled, the department would be marked; it has one.
  await seedReportWithCommitments(db, [{ indicator: "用户筛选指标", leadDepartmentId: department.id }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const row = page.getByTestId(`department-${department.code}`);
  await expect(row.getByText("无启用的经办人")).toHaveCount(0);

  await row.getByRole("link", { name: `2（另有停用 1）：${department.name}的用户` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?department=${department.id}$`));
  const search = page.getByRole("search", { name: "查找用户" });
  await expect(search.getByLabel("所属部门").locator("option:checked")).toHaveText(department.name);
  const rows = page.getByTestId(/^user-/);
  await expect(rows).toHaveCount(3);
  for (const user of [official, gone, viewer]) await expect(page.getByTestId(`user-${user.loginName}`)).toBeVisible();
  await expect(page.getByText("共 3 个用户")).toBeVisible();

  // Its officials still at work: the empty search the form sends is left out of the address.
  await search.getByLabel("角色").selectOption("OFFICIAL");
  await search.getByLabel("状态").selectOption("active");
  await search.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?department=${department.id}&role=OFFICIAL&status=active$`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId(`user-${official.loginName}`)).toBeVisible();

  // Disabled (from the department's list, where they stay), the last official leaves the department marked on its page.
  await page.goto(`/admin/users?department=${department.id}`);
  await page.getByTestId(`user-${official.loginName}`).getByRole("button", { name: /^停用/ }).click();
  await page.getByRole("button", { name: "确认停用" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${department.name}现在没有启用的经办人` })).toContainText(
    `${department.name}现在没有启用的经办人：其牵头或配合的 1 项未办结目标任务，本部门已无人报送。请为该部门新建或调入经办人。`,
  );
  // Done, but with something to do next: said as a warning, not as a success.
  await expect(page.getByRole("status").filter({ hasText: `${department.name}现在没有启用的经办人` })).toHaveAttribute("data-tone", "warning");
  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  await expect(row.getByText("无启用的经办人")).toBeVisible();
  await page.getByRole("link", { name: "只看这些部门" }).click();
  await expect(page).toHaveURL(/\/admin\/departments\?staffing=none$/);
  // The list of them is paged like any; the department is found among them by its name.
  await page.getByRole("search", { name: "查找部门" }).getByLabel("查找部门").fill(department.name);
  await page.getByRole("search", { name: "查找部门" }).getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`staffing=none`));
  await expect(page.getByTestId(/^department-/)).toHaveCount(1);
  await expect(row).toBeVisible();
});
