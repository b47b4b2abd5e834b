import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// One "role X cannot do Y" spec per role. Pages a role may not open answer 404, so their
// existence is not revealed; the navigation does not offer them either.

test("a viewer cannot manage users", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  await login(page, viewer.loginName, viewer.password);
  await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  // Said in the reader's language, with a way back.
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
});

test("an official cannot manage departments", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  await login(page, official.loginName, official.password);
  await expect(page.getByTestId("current-user")).toContainText(department.name);
  await expect(page.getByRole("link", { name: "部门管理" })).toHaveCount(0);
  const response = await page.goto("/admin/departments");
  expect(response?.status()).toBe(404);
  // The tab says so too, not the name of a page it may not see.
  await expect(page).toHaveTitle("页面不存在 · 督办 Duban");
});

test("an official cannot close their own missed target: no closing form on its page", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "经办人不可办结", latestPercent: 60, leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByRole("heading", { name: "经办人不可办结" })).toBeVisible();
  // Overdue and theirs: they may still report on it, but only the supervising office closes it.
  await expect(page.getByTestId("submit-update-form")).toBeVisible();
  await expect(page.getByTestId("close-unmet-form")).toHaveCount(0);
});

test("a reviewer cannot create users", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  await login(page, reviewer.loginName, reviewer.password);
  await expect(page.getByRole("link", { name: "用户管理" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("an admin cannot disable their own account", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/users?q=${admin.loginName}`);
  const ownRow = page.getByTestId(`user-${admin.loginName}`);
  await expect(ownRow).toBeVisible();
  await expect(ownRow.getByRole("button")).toHaveCount(0);
  // Nor change their own role: not offered (and said why), while their name still can be saved.
  await page.goto(`/admin/users/${admin.id}`);
  const form = page.getByRole("form", { name: /编辑用户/ });
  await expect(form.getByLabel("角色")).toBeDisabled();
  await expect(form.getByText("不能修改自己的角色：如需修改，请由另一位管理员操作，以免系统中没有管理员。")).toBeVisible();
  await form.getByLabel("姓名").fill("改名后的管理员");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存。");
});

test("a reviewer cannot read the whole audit log", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  await login(page, reviewer.loginName, reviewer.password);
  await expect(page.getByRole("link", { name: "操作日志" })).toHaveCount(0);
  const response = await page.goto("/admin/audit?verify=1");
  expect(response?.status()).toBe(404);
});
