import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

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
