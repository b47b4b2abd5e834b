import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { openDepartmentActions } from "./support/departments";
import { login, loginChangingPassword } from "./support/login";

test("an admin creates an official, gets field errors for bad input, and the new user can sign in", async ({ page, browser }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/users");
  await expect(page).toHaveTitle("用户管理 · 督办 Duban");
  const form = page.getByRole("form", { name: "新建用户" });
  const loginName = `e2e.${Date.now()}`;

  // A refusal keeps every pick, the selects too (React resets a form after its action).
  await form.getByLabel("登录名").fill("坏 名字");
  await form.getByLabel("姓名").fill("端到端 测试");
  await form.getByLabel("初始密码").fill("long-enough-password");
  await form.getByLabel("角色").selectOption("REVIEWER");
  await form.getByLabel("所属部门").selectOption({ label: "市农业农村局" });
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.locator("#loginName-error")).toBeVisible();
  // Focus goes to the first field to correct, not to the page's body.
  await expect(form.getByLabel("登录名")).toBeFocused();
  await expect(form.getByLabel("角色")).toHaveValue("REVIEWER");
  await expect(form.getByLabel("所属部门").locator("option:checked")).toHaveText("市农业农村局");
  await form.getByLabel("所属部门").selectOption("");

  // An official without a department, an empty name and a password too short: every mistake is
  // named in one answer, each beside its field, and the form keeps what was typed.
  await form.getByLabel("登录名").fill(loginName);
  await form.getByLabel("姓名").fill("");
  await form.getByLabel("初始密码").fill("short");
  await form.getByLabel("角色").selectOption("OFFICIAL");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByLabel("所属部门")).toHaveAccessibleDescription(/责任单位经办人必须属于一个部门。/);
  await expect(form.getByLabel("初始密码")).toHaveAccessibleDescription("初始密码为 10–200 个字符。");
  await expect(form.getByLabel("姓名")).toHaveAccessibleDescription("此项为必填项。");
  await expect(form.getByLabel("登录名")).toHaveValue(loginName);

  await form.getByLabel("姓名").fill("端到端 测试");
  await form.getByLabel("所属部门").selectOption({ label: "市农业农村局" });
  await form.getByLabel("初始密码").fill("long-enough-password");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByRole("status")).toHaveText("用户已创建。本人首次登录后须先修改密码。");
  // The list has pages; the search finds the new user by login name.
  const search = page.getByRole("search", { name: "查找用户" });
  await search.getByLabel("查找用户").fill(loginName);
  await search.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?q=${loginName.replace(".", "\\.")}$`));
  await expect(page.getByTestId(`user-${loginName}`)).toContainText("市农业农村局");
  await expect(page.getByTestId(/^user-/)).toHaveCount(1);
  // The user's own page names them in the tab.
  await page.getByTestId(`user-${loginName}`).getByRole("link").first().click();
  await expect(page).toHaveTitle(`编辑用户：端到端 测试（${loginName}） · 督办 Duban`);
  // Editing names its mistakes at once too: an empty name and an official taken out of their department.
  const edit = page.getByRole("form", { name: /^编辑用户/ });
  await edit.getByLabel("姓名").fill("");
  await edit.getByLabel("所属部门").selectOption("");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit.getByLabel("姓名")).toHaveAccessibleDescription("此项为必填项。");
  await expect(edit.getByLabel("所属部门")).toHaveAccessibleDescription(/责任单位经办人必须属于一个部门。/);
  await expect(edit.getByLabel("角色")).toHaveValue("OFFICIAL");

  // Signing in with the admin's password leads to 修改密码 first (password-change-due.spec.ts).
  const other = await (await browser.newContext()).newPage();
  await loginChangingPassword(other, loginName, "long-enough-password", "chosen-by-new-user-2023");
  await expect(other.getByTestId("current-user")).toContainText("端到端 测试");
  await other.context().close();
});

test("an admin finds who created a user in the audit log, and checks the chain", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "新建用户" });
  const loginName = `e2e.log.${Date.now()}`;
  await form.getByLabel("登录名").fill(loginName);
  await form.getByLabel("姓名").fill("日志 测试");
  await form.getByLabel("初始密码").fill("long-enough-password");
  await form.getByLabel("角色").selectOption("VIEWER");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByRole("status")).toHaveText("用户已创建。本人首次登录后须先修改密码。");

  await page.getByRole("link", { name: "操作日志" }).click();
  await expect(page).toHaveTitle("操作日志 · 督办 Duban");
  const filters = page.getByRole("form", { name: "筛选操作日志" });
  await filters.getByLabel("操作人").fill(admin.loginName);
  await filters.getByRole("combobox", { name: /^操作/ }).selectOption({ label: "新建用户" });
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=user\.create/);
  const rows = page.getByTestId("audit-log-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`（${admin.loginName}）`);
  await expect(rows.first()).toContainText(`登录名：${loginName}`);
  // The record links to its page.
  await expect(rows.first().getByRole("link", { name: `日志 测试（${loginName}）` })).toHaveAttribute("href", /\/admin\/users\/\d+$/);

  await page.getByRole("button", { name: "校验审计链" }).click();
  const verdict = page.getByTestId("audit-chain-verdict");
  await expect(verdict).toContainText("审计链完整");
  // The check keeps the filters it was asked from.
  await expect(rows).toHaveCount(1);
  // The newest entry, to write down; given back, the next check says the trail still holds it.
  const head = (await verdict.textContent())?.match(/最新一条：(#\d+ [0-9a-f]{16})/)?.[1];
  expect(head).toBeDefined();
  await page.getByLabel("上次记下的最新记录（可选）").fill(head!);
  await page.getByRole("button", { name: "校验审计链" }).click();
  await expect(verdict).toContainText(`与记下的第 ${head!.slice(1).split(" ")[0]} 号记录相符。`);
});

test("disabling a user or deactivating a department asks first; cancelling changes nothing", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const viewer = await createUser({ role: "VIEWER" });
  const department = await createDepartment();
  await login(page, admin.loginName, admin.password);

  await page.goto(`/admin/users?q=${viewer.loginName}`);
  const row = page.getByTestId(`user-${viewer.loginName}`);
  const disable = row.getByRole("button", { name: /^停用：/ });
  await disable.click();
  const question = row.getByRole("group", { name: /^停用 .*该用户将立即退出登录/ });
  // The answer that changes nothing has the focus; Escape closes the question.
  await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(disable).toBeFocused();
  await expect(row).toContainText("正常");

  await disable.click();
  await question.getByRole("button", { name: "确认停用" }).click();
  await expect(row.getByRole("status")).toHaveText(/^已停用\S.*（.+）。$/);
  // The name in our sentence is marked as Chinese data; the login is not Chinese.
  await expect(row.getByRole("status").locator("[lang]")).toHaveText(viewer.displayName);
  await expect(row.getByRole("status").locator("[lang]")).toHaveAttribute("lang", "zh-CN");
  await expect(row).toContainText("已停用");
  // The focus is back on the row's button, which now enables; enabling again is not asked.
  const enable = row.getByRole("button", { name: /^启用：/ });
  await expect(enable).toBeFocused();
  await enable.click();
  await expect(row.getByRole("status")).toHaveText(/^已启用\S.*（.+）。$/);
  await expect(disable).toBeFocused();

  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const departmentRow = await openDepartmentActions(page.getByTestId(`department-${department.code}`), department.name);
  await departmentRow.getByRole("button", { name: `停用：${department.name}` }).click();
  const asked = departmentRow.getByRole("group", { name: new RegExp(`^停用部门“${department.name}”？`) });
  await asked.getByRole("button", { name: "取消" }).click();
  const deactivate = departmentRow.getByRole("button", { name: `停用：${department.name}` });
  await expect(deactivate).toBeFocused();
  await expect(departmentRow).not.toContainText("已停用");
  await deactivate.click();
  await asked.getByRole("button", { name: "确认停用" }).click();
  await expect(departmentRow.getByRole("status")).toHaveText(`已停用部门“${department.name}”。`);
  await expect(departmentRow.getByRole("status").locator('[lang="zh-CN"]')).toHaveText(department.name);
  await expect(departmentRow.getByRole("button", { name: `启用：${department.name}` })).toBeVisible();

  // A department that cannot go (it has a user) is not asked about: the refusal says why at once.
  const busy = await createDepartment();
  await createUser({ role: "OFFICIAL", departmentId: busy.id });
  await page.goto(`/admin/departments?q=${encodeURIComponent(busy.name)}`);
  const busyRow = await openDepartmentActions(page.getByTestId(`department-${busy.code}`), busy.name);
  await expect(busyRow.getByTestId("user-count")).toHaveText("1");
  await busyRow.getByRole("button", { name: `停用：${busy.name}` }).click();
  await expect(busyRow.getByRole("alert")).toHaveText("该部门还有 1 个启用中的用户，不能停用。请先在用户管理中停用他们，或调整其所属部门。");
  await expect(busyRow.getByRole("group", { name: /^停用部门/ })).toHaveCount(0);

  // Its users disabled, it can go: then it is asked about again.
  const emptied = await createDepartment();
  await createUser({ role: "OFFICIAL", departmentId: emptied.id, disabled: true });
  await page.goto(`/admin/departments?q=${encodeURIComponent(emptied.name)}`);
  const emptiedRow = await openDepartmentActions(page.getByTestId(`department-${emptied.code}`), emptied.name);
  // Its count is of the users it still has; the disabled one is said apart.
  await expect(emptiedRow.getByTestId("user-count")).toHaveText("0（另有停用 1）");
  await emptiedRow.getByRole("button", { name: `停用：${emptied.name}` }).click();
  await expect(emptiedRow.getByRole("group", { name: /^停用部门/ })).toBeVisible();
});

test("an admin gives a department the words an import recognises it by, and a word another has is refused with its name", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [data, other] = [await createDepartment(), await createDepartment()];
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(data.name)}`);
  const row = page.getByTestId(`department-${data.code}`);
  await expect(row).toContainText("（无）");
  await openDepartmentActions(row, data.name);
  await row.getByText("关键词", { exact: true }).click();
  const form = row.getByRole("form", { name: `导入识别关键词：${data.name}` });
  await form.getByLabel("导入识别关键词").fill(`智算中心、公共数据`);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText(`已保存${data.name}的导入识别关键词，此后开始的导入按新关键词建议牵头单位。`);
  await expect(row).toContainText("智算中心、公共数据");

  await page.goto(`/admin/departments?q=${encodeURIComponent(other.name)}`);
  const otherRow = await openDepartmentActions(page.getByTestId(`department-${other.code}`), other.name);
  await otherRow.getByText("关键词", { exact: true }).click();
  const otherForm = otherRow.getByRole("form", { name: `导入识别关键词：${other.name}` });
  await otherForm.getByLabel("导入识别关键词").fill("林业、智算中心");
  await otherForm.getByRole("button", { name: "保存" }).click();
  await expect(otherForm.getByLabel("导入识别关键词")).toHaveAccessibleDescription(new RegExp(`“智算中心”已是${data.name}的关键词`));
  await expect(otherForm.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  // What was typed stays to be corrected.
  await expect(otherForm.getByLabel("导入识别关键词")).toHaveValue("林业、智算中心");
});

test("an admin merges a department into another after a reorganisation: its work and people move, and it is deactivated", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [from, into] = [await createDepartment(), await createDepartment()];
  const official = await createUser({ role: "OFFICIAL", departmentId: from.id });
  await seedReportWithCommitments(db, [{ indicator: "机构改革合并指标", leadDepartmentId: from.id }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(from.name)}`);
  const row = await openDepartmentActions(page.getByTestId(`department-${from.code}`), from.name);
  await row.getByText("合并到…").click();
  const form = row.getByRole("form", { name: `合并部门：${from.name}` });
  // Nothing chosen: said beside the field in the page's words (not the browser's bubble), nothing merged.
  await form.getByRole("button", { name: "合并…" }).click();
  await expect(form.getByText("请选择要并入的部门。")).toBeVisible();
  await expect(form.getByLabel("并入部门")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("并入部门").selectOption({ label: into.name });
  await form.getByRole("button", { name: "合并…" }).click();
  await form.getByRole("button", { name: "确认合并" }).click();
  // The form is gone with the merge: the answer is said where it was, with the focus.
  const answer = row.getByRole("status").filter({ hasText: `已将${from.name}并入${into.name}：转入目标任务 1 项、用户 1 人。` });
  await expect(answer).toBeFocused();
  await expect(row).toContainText("已停用");
  expect((await db.user.findUniqueOrThrow({ where: { id: official.id } })).departmentId).toBe(into.id);
});

test("重命名 opens holding the department's name to be edited, and after a rename holds the new one", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const department = await createDepartment();
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/departments?q=${encodeURIComponent(department.name)}`);
  const row = await openDepartmentActions(page.getByTestId(`department-${department.code}`), department.name);
  await row.getByText("重命名", { exact: true }).click();
  const name = row.locator(`#rename-department-${department.id}`);
  await expect(name).toBeVisible();
  await expect(name).toHaveValue(department.name);
  const renamed = `${department.name}新`;
  await name.fill(renamed);
  await row.getByRole("form", { name: `重命名：${department.name}` }).getByRole("button", { name: "保存" }).click();
  await expect(row.getByRole("status")).toHaveText("部门已重命名。");
  await expect(name).toHaveValue(renamed);
});

test("用户管理 marks who has still to change the password an admin chose, lists them under 待修改密码, and says so on their page", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const department = await createDepartment();
  const due = await createUser({ role: "VIEWER", departmentId: department.id, mustChangePassword: true });
  const own = await createUser({ role: "VIEWER", departmentId: department.id, displayName: "自己的 密码" });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/users?department=${department.id}`);
  await expect(page.getByTestId(`user-${due.loginName}`)).toContainText("待修改密码");
  await expect(page.getByTestId(`user-${own.loginName}`)).toContainText("正常");
  await expect(page.getByTestId(`user-${own.loginName}`)).not.toContainText("待修改密码");

  // The status filter offers it; the address keeps it, and only the department.
  const search = page.getByRole("search", { name: "查找用户" });
  await search.getByLabel("状态").selectOption({ label: "待修改密码" });
  await search.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users\\?department=${department.id}&status=passwordDue$`));
  await expect(page.getByTestId(/^user-/)).toHaveCount(1);
  await expect(page.getByTestId(`user-${due.loginName}`)).toBeVisible();
  await expect(search.getByLabel("状态")).toHaveValue("passwordDue");

  // The user's page says it beside 重置密码; once reset, the other user's page says it too.
  await page.getByTestId(`user-${due.loginName}`).getByRole("link", { name: /^编辑：/ }).click();
  await expect(page.getByTestId("password-change-due-note")).toHaveText("该用户还未修改管理员设置的密码，下次登录时须先修改密码，才能进行其他操作。");
  await page.goto(`/admin/users?department=${department.id}`);
  await page.getByTestId(`user-${own.loginName}`).getByRole("link", { name: /^编辑：/ }).click();
  await expect(page.getByRole("heading", { name: /^编辑用户：自己的 密码/ })).toBeVisible();
  await expect(page.getByTestId("password-change-due-note")).toHaveCount(0);
  await page.getByText("重置密码", { exact: true }).click();
  const reset = page.getByRole("form", { name: /^重置密码：/ });
  await reset.getByLabel("新的初始密码").fill("reset-by-admin-2024");
  await reset.getByRole("button", { name: "确认重置" }).click();
  await expect(reset.getByRole("status")).toContainText("本人下次登录后须先修改密码。");
  await expect(page.getByTestId("password-change-due-note")).toBeVisible();
  await page.goto(`/admin/users?department=${department.id}&status=passwordDue`);
  await expect(page.getByTestId(/^user-/)).toHaveCount(2);
});
