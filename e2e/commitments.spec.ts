import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";
import { reportName } from "@/lib/reports/report-name";

const viewerDemo = DEMO_USERS.find((u) => u.role === "VIEWER")!;

test("the Luoyang report's commitments are listed, filter by free text in the URL, and link back to their sentence", async ({ page }) => {
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto("/commitments");
  await expect(page.getByTestId("commitment-row").first()).toBeVisible();
  await page.getByLabel("关键词").fill("高标准农田");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/q=%E9%AB%98%E6%A0%87%E5%87%86%E5%86%9C%E7%94%B0/);
  // The answer opens at the results (keyboard and screen-reader users go on from there), which say how many.
  await expect(page).toHaveURL(/#results$/);
  await expect(page.locator("#results")).toHaveText(/^共 \d+ 项$/);
  // A page past the end (an old link) opens the last page (other specs' reports may add some).
  await page.goto("/commitments?q=%E9%AB%98%E6%A0%87%E5%87%86%E5%86%9C%E7%94%B0&page=999");
  await expect(page).toHaveURL(/\/commitments\?q=%E9%AB%98%E6%A0%87%E5%87%86%E5%86%9C%E7%94%B0(&page=[2-9]\d?)?$/);
  await page.goto("/commitments?q=%E9%AB%98%E6%A0%87%E5%87%86%E5%86%9C%E7%94%B0");
  const row = page.getByTestId("commitment-row").filter({ hasText: "高标准农田" }).first();
  await expect(row).toContainText("11万亩");
  await row.getByRole("link").first().click();
  await expect(page.getByTestId("source-paragraph").locator("mark")).toContainText("高标准农田11万亩");
  await page.getByRole("link", { name: /在报告中查看/ }).click();
  await expect(page.locator("mark:target")).toContainText("高标准农田");
});

test("the progress chart draws approved readings as one Tab stop, and says so when there is none yet", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const official = await createUser({ role: "OFFICIAL" });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "曲线待报指标", targetValue: 11, unit: "万亩" },
    { indicator: "曲线已审指标", targetValue: 11, unit: "万亩" },
  ]);
  const [waiting, reported] = commitments;
  // Only approved figures are drawn: a reading still waiting is not one.
  await db.progressUpdate.create({ data: { commitmentId: waiting.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "3", narrative: "上半年新增3万亩。" } });
  const approved = await db.progressUpdate.create({
    data: { commitmentId: reported.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "3", percent: "27.27", narrative: "上半年新增3万亩。", state: "APPROVED", reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: reported.id }, data: { latestActual: "3", latestPercent: "27.27", latestAsOf: new Date("2023-06-30T00:00:00Z"), latestUpdateId: approved.id } });
  await login(page, viewer.loginName, viewer.password);

  // No approved reading: a sentence, not the expected pace's stray mark at the year's first day.
  await page.goto(`/commitments/${waiting.id}`);
  await expect(page.getByTestId("chart-empty")).toHaveText("尚无审核通过的进展。进展经审核通过后，这里按时间画出完成率和按时序应完成的进度。");
  await expect(page.getByRole("figure", { name: "进度曲线" })).toHaveCount(0);

  // The chart is one named Tab stop: the layers it draws (each a React portal, which Chromium
  // would make a stop of its own) are skipped, and the next stop is the status rule below it.
  await page.goto(`/commitments/${reported.id}`);
  await expect(page.getByRole("figure", { name: "进度曲线" }).locator("figcaption")).toContainText("2023-06-30：实际完成率 27.27%");
  await expect(page.getByTestId("chart-empty")).toHaveCount(0);
  const chart = page.getByRole("application", { name: "进度曲线" });
  await chart.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByText("状态如何判定")).toBeFocused();
});

test("a list link to a report that is gone says so, not that nothing matched", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "已删除报告的目标" }]);
  await db.report.delete({ where: { id: report.id } });
  await login(page, viewer.loginName, viewer.password);
  await page.goto(`/commitments?report=${report.id}`);
  await expect(page.getByText("未找到所选的工作报告，它可能已被删除，或链接有误。")).toBeVisible();
});

test("an official sees only their department's commitments, and another department's is not found", async ({ page }) => {
  const [mine, theirs] = [await createDepartment(), await createDepartment()];
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "本部门指标", leadDepartmentId: mine.id },
    { indicator: "外部门指标", leadDepartmentId: theirs.id },
  ]);
  const official = await createUser({ role: "OFFICIAL", departmentId: mine.id });
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments?report=${commitments[0].reportId}`);
  await expect(page.getByTestId("commitment-row")).toHaveCount(1);
  await expect(page.getByTestId("commitment-row")).toContainText("本部门指标");
  // The filters offer every department: the page says whose commitments these are, the name marked as data.
  await expect(page.getByTestId("official-scope")).toHaveText(`您是${mine.name}的经办人：列表只含本部门牵头或配合的目标任务，各项筛选也在其中进行。`);
  await expect(page.getByTestId("official-scope").locator(`span[lang="zh-CN"]`)).toHaveText(mine.name);
  const response = await page.goto(`/commitments/${commitments[1].id}`);
  expect(response?.status()).toBe(404);
});

test("an admin assigns owners; a stale second tab is refused with the owners as they are now", async ({ page, context }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [first, second] = [await createDepartment(), await createDepartment()];
  const official = await createUser({ role: "OFFICIAL", departmentId: first.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "待分工指标" }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const other = await context.newPage();
  await other.goto(`/commitments/${commitments[0].id}`);

  const form = page.getByRole("form", { name: "责任分工" });
  await expect(form).toContainText("请先选择牵头单位，再指定责任人。");
  // Picked before the page's script runs, a lead would fetch no officials (as for a person on a slow page).
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByLabel("牵头单位").selectOption({ label: first.name });
  // The lead department's officials are fetched once it is picked.
  await form.getByLabel("责任人").selectOption({ label: official.displayName });
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");

  const stale = other.getByRole("form", { name: "责任分工" });
  await expect(stale).toHaveAttribute("data-hydrated", "true");
  await stale.getByLabel("牵头单位").selectOption({ label: second.name });
  await stale.getByRole("button", { name: "保存分工" }).click();
  await expect(stale.getByRole("alert")).toContainText(`当前分工：牵头单位 ${first.name}`);

  await page.reload();
  const history = page.getByTestId("audit-history");
  await expect(history).toContainText("设置责任分工");
  await expect(history).toContainText(`牵头单位：— → ${first.name}`);
  await expect(history).toContainText(`责任人：— → ${official.displayName}`);

  // A supporter made the lead stops supporting, and is not offered as one while it leads (the
  // server's refusal of a lead picked as both is the integration spec's).
  const again = page.getByRole("form", { name: "责任分工" });
  await expect(again).toHaveAttribute("data-hydrated", "true");
  const supporting = again.getByRole("group", { name: "配合单位", exact: true });
  await expect(supporting.getByRole("checkbox", { name: first.name, exact: true })).toHaveCount(0);
  await supporting.getByRole("checkbox", { name: second.name, exact: true }).check();
  await again.getByLabel("牵头单位").selectOption({ label: second.name });
  await expect(supporting.getByRole("checkbox", { name: second.name, exact: true })).toHaveCount(0);
  await expect(supporting.getByTestId("check-list-chosen")).toHaveText("未选择");
  // Another lead picked, the former one is offered again, unticked.
  await again.getByLabel("牵头单位").selectOption({ label: first.name });
  await expect(supporting.getByRole("checkbox", { name: second.name, exact: true })).not.toBeChecked();
  await expect(supporting.getByRole("checkbox", { name: first.name, exact: true })).toHaveCount(0);
  // Saved as it is, the owners are not changed and nothing is recorded.
  await page.reload();
  await expect(again).toHaveAttribute("data-hydrated", "true");
  await again.getByRole("button", { name: "保存分工" }).click();
  await expect(again.getByRole("status")).toHaveText("分工与原来相同，未作修改。");
  await page.reload();
  await expect(history.getByText("设置责任分工")).toHaveCount(1);
});

test("the owners form says when a department's officials could not be read, and tries again", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const lead = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: lead.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "读取失败重试" }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  // The network fails once (a real server behind it): the form must say so, not offer nobody silently.
  let fail = true;
  await page.route("**/api/departments/*/officials", (route) => (fail ? route.abort() : route.continue()));
  const form = page.getByRole("form", { name: "责任分工" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByLabel("牵头单位").selectOption({ label: lead.name });
  await expect(form.getByText("未能读取该单位的经办人。")).toBeVisible();
  fail = false;
  await form.getByRole("button", { name: "重试" }).click();
  await form.getByLabel("责任人").selectOption({ label: official.displayName });
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");
});

test("a new lead department starts the responsible official's choice afresh: the old lead's official is not left selected", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const [oldLead, newLead] = [await createDepartment(), await createDepartment()];
  const official = await createUser({ role: "OFFICIAL", departmentId: oldLead.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "改换牵头单位", leadDepartmentId: oldLead.id }]);
  await db.commitment.update({ where: { id: commitments[0].id }, data: { responsibleUserId: official.id } });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = page.getByRole("form", { name: "责任分工" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await expect(form.getByLabel("责任人")).toHaveValue(String(official.id));
  await form.getByLabel("牵头单位").selectOption({ label: newLead.name });
  await expect(form.getByLabel("责任人")).toHaveValue("");
  await expect(form.getByLabel("责任人").getByRole("option", { name: official.displayName })).toHaveCount(0);
  await form.getByRole("button", { name: "保存分工" }).click();
  await expect(form.getByRole("status")).toHaveText("责任分工已保存。");
  expect(await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id }, select: { leadDepartmentId: true, responsibleUserId: true } })).toEqual({ leadDepartmentId: newLead.id, responsibleUserId: null });
  // The old lead picked again: its official is offered (not chosen: nobody is responsible now).
  await form.getByLabel("牵头单位").selectOption({ label: oldLead.name });
  await expect(form.getByLabel("责任人").getByRole("option", { name: official.displayName })).toHaveCount(1);
});

test("an admin assigns a lead department and its official to several commitments at once", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const lead = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: lead.id });
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: "批量分工甲" }, { indicator: "批量分工乙" }, { indicator: "批量分工丙" }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments?report=${report.id}`);
  await page.getByRole("link", { name: "批量分工", exact: true }).click();
  const form = page.getByRole("form", { name: "批量分工" });
  // The responsible official belongs to the lead: none is offered until a lead is picked, then
  // that department's officials are (fetched, not carried in the page).
  await expect(form.getByText("请先选择牵头单位，或勾选牵头单位相同的目标任务，再指定责任人；清空责任人不受此限。")).toBeVisible();
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByLabel("牵头单位").selectOption({ label: lead.name });
  await form.getByLabel("责任人").selectOption({ label: official.displayName });
  // Nothing ticked: refused, and what was picked stays picked.
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("alert")).toHaveText(/\S/);
  await expect(form.getByLabel("牵头单位")).toHaveValue(String(lead.id));
  await expect(form.getByLabel("责任人")).toHaveValue(String(official.id));
  await page.getByLabel("选择 批量分工甲", { exact: true }).check();
  await page.getByLabel("选择 批量分工乙", { exact: true }).check();
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("status")).toHaveText("已更新 2 项目标任务的分工。");
  // A success starts the form again.
  await expect(form.getByLabel("牵头单位")).toHaveValue("");
  const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { id: "asc" }, select: { responsibleUserId: true } });
  expect(stored.map((c) => c.responsibleUserId)).toEqual([official.id, official.id, null]);
  await page.goto(`/commitments?report=${report.id}`);
  const rows = page.getByTestId("commitment-row");
  await expect(rows.filter({ hasText: "批量分工甲" })).toContainText(lead.name);
  await expect(rows.filter({ hasText: "批量分工乙" })).toContainText(lead.name);
  await expect(rows.filter({ hasText: "批量分工丙" })).not.toContainText(lead.name);
});

/**
 * Three commitments due in March, December and June (in that order in the report), the viewer
 * signed in and the list of their report open, in report order. Returns the list's rows.
 */
async function openThreeDeadlines(page: Page) {
  const { report } = await seedReportWithCommitments(db, [
    { indicator: "三月底前的排序任务", deadline: "2023-03-31" },
    { indicator: "年底前的排序任务", deadline: "2023-12-31" },
    { indicator: "六月底前的排序任务", deadline: "2023-06-30" },
  ]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?report=${report.id}`);
  const rows = page.getByTestId("commitment-row");
  await expect(rows).toHaveText([/三月底前/, /年底前/, /六月底前/]);
  return rows;
}

test("on a phone the list is sorted from the filters (the table's headers are hidden), and applying a filter keeps the sort", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const rows = await openThreeDeadlines(page);
  // The filters are folded away on a phone: opened first, and again after each answer.
  await page.getByText("筛选（已选 1 项）").click();
  await page.getByRole("combobox", { name: "排序", exact: true }).selectOption({ label: "完成时限" });
  await page.getByRole("combobox", { name: "顺序", exact: true }).selectOption({ label: "降序" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(rows).toHaveText([/年底前/, /六月底前/, /三月底前/]);
  await page.getByText("筛选（已选 1 项）").click();
  await page.getByLabel("关键词").fill("底前的排序任务");
  await page.getByRole("combobox", { name: "每页" }).selectOption("20");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/size=20/);
  await expect(rows).toHaveText([/年底前/, /六月底前/, /三月底前/]);
});

test("on a phone the filters and exports fold away behind a button each, the filters' saying how many apply, so the rows start on the first screen; a desktop shows them open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const rows = await openThreeDeadlines(page);
  // Four export links and twelve fields came first: the first row began some 1,350 px down.
  const firstRowBottom = async () => {
    const box = (await rows.first().boundingBox())!;
    return box.y + box.height;
  };
  expect(await firstRowBottom()).toBeLessThanOrEqual(844);
  const keyword = page.getByLabel("关键词");
  await expect(keyword).toBeHidden();
  await expect(page.getByTestId("export-links").getByRole("link", { name: "CSV" })).toBeHidden();

  // Only the report is chosen: one filter applies.
  const toggle = page.locator("summary", { hasText: "筛选（已选 1 项）" });
  await toggle.click();
  await expect(page.locator("details", { has: toggle })).toHaveJSProperty("open", true);
  await expect(keyword).toBeVisible();
  await keyword.fill("年底前");
  await page.getByRole("combobox", { name: "办结情况" }).selectOption({ label: "未办结" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/open=1/);
  await expect(page).toHaveURL(/#results$/);
  await expect(rows).toHaveText([/年底前/]);
  await expect(page.locator("#results")).toHaveText("共 1 项");
  // The answer comes folded again, and says what now applies.
  await expect(page.locator("summary", { hasText: "筛选（已选 3 项）" })).toBeVisible();
  await expect(keyword).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await firstRowBottom()).toBeLessThanOrEqual(844);

  // Every export stays a tap away, for the rows shown.
  await page.locator("summary", { hasText: "导出" }).click();
  const csv = page.getByTestId("export-links").getByRole("link", { name: "CSV" });
  await expect(csv).toBeVisible();
  await expect(csv).toHaveAttribute("href", /\/api\/exports\/commitments\.csv\?.*open=1/);
  await expect(page.getByTestId("export-links").getByRole("link")).toHaveCount(4);

  // A desktop shows the filters and the exports as ever, without a fold to open.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(keyword).toBeVisible();
  await expect(keyword).toHaveValue("年底前");
  await expect(page.locator("summary", { hasText: "筛选（已选" })).toBeHidden();
  await expect(page.locator("summary", { hasText: "导出" })).toBeHidden();
  await page.reload();
  await expect(keyword).toBeVisible();
  await expect(page.getByTestId("export-links").getByRole("link", { name: "CSV" })).toBeVisible();
});

test("the list's sort is in its filters while its rows are cards: at 700 px folded filters over cards, at 800 px open filters over cards, at 1024 px the table's headers sort", async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 844 });
  const rows = await openThreeDeadlines(page);
  const headers = page.getByTestId("commitment-table").locator("thead");
  const sort = page.getByRole("combobox", { name: "排序", exact: true });
  // At sm the table showed its headers here while the filters folded as on a phone.
  await expect(headers).toBeHidden();
  await page.locator("summary", { hasText: "筛选（已选 1 项）" }).click();
  await expect(sort).toBeVisible();
  await sort.selectOption({ label: "完成时限" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(rows).toHaveText([/三月底前/, /六月底前/, /年底前/]);

  // A tablet: the filters open, the rows still cards (a table did not fit there), the sort in the filters.
  await page.setViewportSize({ width: 800, height: 800 });
  await expect(headers).toBeHidden();
  await expect(page.locator("summary", { hasText: "筛选（已选" })).toBeHidden();
  await expect(sort).toBeVisible();

  await page.setViewportSize({ width: 1024, height: 800 });
  await expect(headers).toBeVisible();
  await expect(page.locator("summary", { hasText: "筛选（已选" })).toBeHidden();
  await expect(sort).toBeHidden();
  await headers.getByRole("link", { name: "完成时限" }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(rows).toHaveText([/年底前/, /六月底前/, /三月底前/]);
});

test("the audit log folds its filters and its chain check away on a phone as the list does, the filters' summary saying how many apply, so the log starts on the first screen; a wider screen shows them open", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.setViewportSize({ width: 390, height: 844 });
  // A day chosen: one filter applies; the seed's import and the other journeys leave events after it.
  await page.goto("/admin/audit?from=2000-01-01");
  const who = page.getByRole("textbox", { name: "操作人" });
  const anchor = page.getByLabel("上次记下的最新记录（可选）");
  await expect(who).toBeHidden();
  await expect(anchor).toBeHidden();
  // The check and four fields came first: the first event began below the first screen.
  await expect(page.getByTestId("audit-log-row").first()).toBeInViewport();

  const toggle = page.locator("summary", { hasText: "筛选（已选 1 项）" });
  await toggle.click();
  await expect(page.locator("details", { has: toggle })).toHaveJSProperty("open", true);
  await expect(who).toBeVisible();
  await expect(page.getByLabel("起始日期")).toHaveValue("2000-01-01");
  await who.fill(admin.loginName);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`who=${admin.loginName}`));
  // Their sign-in, a moment ago.
  await expect(page.getByText("共 1 条记录")).toBeVisible();
  // The answer comes folded again, and says what now applies.
  await expect(page.locator("summary", { hasText: "筛选（已选 2 项）" })).toBeVisible();
  await expect(who).toBeHidden();

  // The chain check is a tap away.
  await page.locator("summary", { hasText: "校验审计链" }).click();
  await expect(anchor).toBeVisible();
  await expect(page.getByRole("button", { name: "校验审计链" })).toBeVisible();

  // From md on, the filters and the check are shown as ever, without a fold to open.
  await page.setViewportSize({ width: 1024, height: 800 });
  await page.reload();
  await expect(who).toBeVisible();
  await expect(who).toHaveValue(admin.loginName);
  await expect(anchor).toBeVisible();
  await expect(page.locator("summary", { hasText: "筛选（已选" })).toBeHidden();
  await expect(page.locator("summary", { hasText: "校验审计链" })).toBeHidden();
});

test("a sort picked from a column header is kept when a filter is applied afterwards", async ({ page }) => {
  const rows = await openThreeDeadlines(page);
  // The header's link changes the URL without reloading the page.
  await page.getByRole("columnheader").getByRole("link", { name: "完成时限" }).click();
  await expect(page).toHaveURL(/sort=deadline/);
  await expect(rows).toHaveText([/三月底前/, /六月底前/, /年底前/]);
  await page.getByLabel("关键词").fill("底前的排序任务");
  await page.getByRole("button", { name: "筛选" }).click();
  // The form sends every field; the list answers at its short address (no empty fields, no defaults).
  await expect(page).toHaveURL(new RegExp(`/commitments\\?report=\\d+&q=${encodeURIComponent("底前的排序任务")}&sort=deadline#results$`));
  await expect(rows).toHaveText([/三月底前/, /六月底前/, /年底前/]);
});

test("类型 narrows the list to milestones, and its pages and exports keep to them", async ({ page }) => {
  // 21 milestones and two figures: at 20 a page, the milestones alone take a second page.
  const { report } = await seedReportWithCommitments(db, [
    { indicator: "类型筛选的数量指标一" },
    ...Array.from({ length: 21 }, (_, i) => ({ indicator: `类型筛选的节点任务${String(i + 1).padStart(2, "0")}`, kind: "MILESTONE" as const })),
    { indicator: "类型筛选的数量指标二" },
  ]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?report=${report.id}&size=20`);
  await expect(page.locator("#results")).toHaveText("共 23 项");
  // Each filter is named by its label alone, not with its options' words ("类型数量指标节点任务").
  for (const name of ["类型", "报告", "状态"]) await expect(page.getByRole("combobox", { name, exact: true })).toBeVisible();
  await page.getByRole("combobox", { name: "类型", exact: true }).selectOption({ label: "节点任务" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/commitments\\?report=${report.id}&kind=MILESTONE&size=20#results$`));
  await expect(page.locator("#results")).toHaveText("共 21 项");
  const rows = page.getByTestId("commitment-row");
  await expect(rows).toHaveCount(20);
  await expect(rows.filter({ hasText: "数量指标" })).toHaveCount(0);
  // The form shows what applies.
  await expect(page.getByRole("combobox", { name: "类型" })).toHaveValue("MILESTONE");
  // Every export is of the rows shown.
  const exports = page.getByTestId("export-links").getByRole("link");
  await expect(exports).toHaveCount(4);
  for (const link of await exports.all()) await expect(link).toHaveAttribute("href", /[?&]kind=MILESTONE(&|$)/);
  // The next page is of milestones too.
  await page.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/[?&]kind=MILESTONE&.*page=2/);
  await expect(rows).toHaveText([/类型筛选的节点任务/]);
  await expect(page.getByRole("combobox", { name: "类型" })).toHaveValue("MILESTONE");
});

test("in English, a commitment's page and tab speak English around the report's Chinese words", async ({ page }) => {
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "英文界面指标" }]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle("英文界面指标 · Duban");
  // Parentheses of the reader's language around a note, not （…）.
  await expect(page.getByTestId("deadline")).toHaveText("2023-12-31 (not stated in the report: year end)");
  // The commitment's own name stays Chinese, and says so.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "zh-CN");
  // So do the report's section and what people wrote (read with a Chinese voice on an English page).
  await expect(page.getByText("三(一) 测试", { exact: true })).toHaveAttribute("lang", "zh-CN");
});

test("in English, the list and the report page mark their Chinese data (departments, sections, figures) but not their own words", async ({ page }) => {
  const department = await createDepartment();
  const { report } = await seedReportWithCommitments(db, [
    { indicator: "英文列表指标", comparator: "GROWTH", targetValue: 7, unit: "%", leadDepartmentId: department.id },
    { indicator: "英文列表无牵头" },
    { indicator: "英文列表万个", comparator: "AT_LEAST", targetValue: 2, unit: "万个" },
    { indicator: "英文列表册次", comparator: "AT_LEAST", targetValue: 3, unit: "万册次" },
  ]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?report=${report.id}`);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const row = page.getByTestId("commitment-row").filter({ hasText: "英文列表指标" });
  await expect(row.getByRole("cell", { name: department.name, exact: true })).toHaveAttribute("lang", "zh-CN");
  await expect(row.getByRole("cell", { name: "三(一)", exact: true })).toHaveAttribute("lang", "zh-CN");
  // The figure is written in English, as the progress report writes it: the reader's, not marked.
  await expect(row.getByText("up 7%", { exact: true })).not.toHaveAttribute("lang");
  await expect(row.getByText("7%", { exact: true })).not.toHaveAttribute("lang");
  const rowOf = (indicator: string) => page.getByTestId("commitment-row").filter({ hasText: indicator });
  await expect(rowOf("英文列表万个").getByText("≥ 20,000", { exact: true })).toBeVisible();
  // A unit English has no word for stays the report's, and says so.
  await expect(rowOf("英文列表册次").getByText("3万册次", { exact: true })).toHaveAttribute("lang", "zh-CN");
  // Without a lead department the cell says so in the reader's words, not marked Chinese.
  const noLead = page.getByTestId("commitment-row").filter({ hasText: "英文列表无牵头" }).locator('td[data-label="Lead department"]');
  await expect(noLead).toHaveText("—");
  await expect(noLead).not.toHaveAttribute("lang");
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: "三(一) 测试", exact: true })).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { name: "Sections", exact: true })).not.toHaveAttribute("lang");
});

test("in English, a reading's figure in a unit English has no word for is marked Chinese on the commitment's timeline; one written in English is not", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "英文时间线册次", comparator: "AT_LEAST", targetValue: 3, unit: "万册次", leadDepartmentId: department.id },
    { indicator: "英文时间线万个", comparator: "AT_LEAST", targetValue: 2, unit: "万个", leadDepartmentId: department.id },
  ]);
  const readingOf = (commitmentId: number) =>
    db.progressUpdate.create({
      data: { commitmentId, authorId: official.id, asOf: new Date("2023-09-30T00:00:00Z"), actualValue: "1", percent: "50", narrative: "已完成一半。", state: "SUBMITTED" },
    });
  const [unnamed, named] = [await readingOf(commitments[0].id), await readingOf(commitments[1].id)];
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId(`update-${unnamed.id}`).getByText("1万册次", { exact: true })).toHaveAttribute("lang", "zh-CN");
  await page.goto(`/commitments/${commitments[1].id}`);
  await expect(page.getByTestId(`update-${named.id}`).getByText("10,000", { exact: true })).not.toHaveAttribute("lang");
});

test("across reports the list names each report's rows: in report order above its first section, sorted otherwise in a column", async ({ page }) => {
  // Two reports whose sections share a code (三(一) 测试), led by one department: the list of that
  // department, no report chosen, holds both.
  const department = await createDepartment();
  const first = await seedReportWithCommitments(db, [{ indicator: "跨报告甲", leadDepartmentId: department.id, deadline: "2023-09-30" }]);
  const second = await seedReportWithCommitments(db, [{ indicator: "跨报告乙", leadDepartmentId: department.id, deadline: "2023-03-31" }]);
  const [firstName, secondName] = [reportName(first.report), reportName(second.report)];
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?department=${department.id}`);
  const headings = page.getByTestId("section-heading");
  await expect(headings).toHaveText([`${firstName}三(一)测试`, `${secondName}三(一)测试`]);
  await expect(headings.first().locator("th")).toHaveAttribute("lang", "zh-CN");
  // Sorted by deadline the rows of the two reports interleave: each says its own.
  await page.goto(`/commitments?department=${department.id}&sort=deadline`);
  await expect(page.getByRole("columnheader", { name: "报告", exact: true })).toBeVisible();
  await expect(page.getByTestId("commitment-row").getByTestId("report-name")).toHaveText([secondName, firstName]);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("columnheader", { name: "Report", exact: true })).toBeVisible();
  await expect(page.getByTestId("commitment-row").first().getByRole("cell", { name: secondName, exact: true })).toHaveAttribute("lang", "zh-CN");
  // One report chosen, its name is the filter's: the rows do not repeat it.
  await page.goto(`/commitments?report=${first.report.id}&department=${department.id}&sort=deadline`);
  await expect(page.getByTestId("commitment-row")).toHaveCount(1);
  await expect(page.getByTestId("report-name")).toHaveCount(0);
});

test("a completion percent reads alike on the list and on the commitment's page: a third of the target is 33.33% on both", async ({ page }) => {
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: "完成三分之一的指标", targetValue: 300, latestPercent: 33.33 }]);
  await login(page, viewerDemo.loginName, viewerDemo.password);
  await page.goto(`/commitments?report=${report.id}`);
  const row = page.getByTestId("commitment-row");
  await expect(row).toContainText("33.33%");
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "33.33");
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByTestId("latest")).toContainText("33.33%");
});

test("an admin withdraws a commitment with a reason, which returns the reading waiting on it, and restores it; an official is offered neither", async ({ page, browser }) => {
  const department = await createDepartment();
  const admin = await createUser({ role: "ADMIN" });
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园", targetValue: 300, leadDepartmentId: department.id }]);
  const waiting = await db.progressUpdate.create({ data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "120", narrative: "已建成120个。" } });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = page.getByRole("form", { name: "撤销目标任务" });
  // Rare and hard to take back: below the owners, folded until asked for.
  const follows = await page.evaluate(() => {
    const [owners, withdraw] = [document.querySelector('form[aria-label="责任分工"]'), document.querySelector('[data-testid="withdraw-commitment-form"]')];
    return Boolean(owners && withdraw && owners.compareDocumentPosition(withdraw) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(follows).toBe(true);
  await expect(form.getByLabel("撤销理由（必填）")).toBeHidden();
  await form.getByText("撤销目标任务…", { exact: true }).click();
  // A reason is asked for before anything is withdrawn.
  await form.getByRole("button", { name: "撤销目标任务", exact: true }).click();
  await expect(form.getByLabel("撤销理由（必填）")).toBeFocused();
  await form.getByLabel("撤销理由（必填）").fill("市政府常务会议决定不再实施");
  await form.getByRole("button", { name: "撤销目标任务", exact: true }).click();
  // Asked first: what waits on it is answered for good.
  const question = form.getByRole("group", { name: /^确认撤销？/ });
  await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
  await question.getByRole("button", { name: "确认撤销" }).click();
  const restore = page.getByRole("form", { name: "恢复目标任务" });
  await expect(restore.getByRole("status")).toHaveText("已撤销；1 条待审核的进展已退回、0 项申请不予批准，撤销理由已记入各条记录。");
  await expect(page.getByRole("main").getByText("已撤销", { exact: true }).first()).toBeVisible();
  expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ state: "RETURNED", reviewNote: "市政府常务会议决定不再实施" });

  const officialPage = await (await browser.newContext()).newPage();
  await login(officialPage, official.loginName, official.password);
  await officialPage.goto(`/commitments/${commitments[0].id}`);
  await expect(officialPage.getByRole("heading", { name: "新建口袋公园" })).toBeVisible();
  await expect(officialPage.getByTestId("withdraw-commitment-form")).toHaveCount(0);
  await expect(officialPage.getByTestId("submit-update-form")).toHaveCount(0);

  await restore.getByLabel("恢复理由（必填）").fill("恢复实施");
  await restore.getByRole("button", { name: "恢复目标任务" }).click();
  await expect(page.getByRole("form", { name: "撤销目标任务" }).getByRole("status")).toHaveText("已恢复，重新计入完成率和状态统计。");
  await officialPage.reload();
  await expect(officialPage.getByTestId("submit-update-form")).toBeVisible();
});

test("批量分工 with no row ticked says that nothing is ticked, first, beside what else is missing", async ({ page }) => {
  const { report } = await seedReportWithCommitments(db, [{ indicator: "未勾选的分工" }]);
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/commitments?report=${report.id}&bulk=1`);
  const form = page.getByRole("form", { name: "批量分工" });
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.locator("#bulk-lead-error")).toHaveText(/^请先勾选要分工的目标任务。\s*请至少设置一项：/);
  // A lead picked, still nothing ticked: only that is said.
  await form.getByLabel("牵头单位").selectOption({ label: "市农业农村局" });
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.locator("#bulk-lead-error")).toHaveText("请先勾选要分工的目标任务。");
});
