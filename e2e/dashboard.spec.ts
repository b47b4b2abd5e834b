import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

test("the dashboard says when its address names no report, or a day before the report's year", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "看板日期指标" }]);
  await login(page, viewer.loginName, viewer.password);

  // A day before the year began would show every commitment "not started": today is shown, and said so.
  await page.goto(`/dashboard?report=${report.id}&asOf=1900-01-01`);
  await expect(page.getByRole("status").filter({ hasText: "1900-01-01" })).toHaveText(`1900-01-01 早于本工作报告的年度（${report.year} 年），已显示今天的情况。`);

  // The league table's names sort from A first, its figures from the largest.
  const table = page.getByTestId("league-table");
  await expect(table.getByRole("columnheader", { name: "名称" }).getByRole("link")).toHaveAttribute("href", /sort=name&dir=asc/);
  await expect(table.getByRole("columnheader", { name: "任务数" }).getByRole("link")).toHaveAttribute("href", /sort=total&dir=desc/);

  // A report that is not there is not "no report imported yet".
  await page.goto("/dashboard?report=2147483646");
  await expect(page.getByText("未找到所选的工作报告，它可能已被删除，或链接有误。")).toBeVisible();
  await page.getByRole("link", { name: "查看最新工作报告的统计" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: "进展报告" })).toBeVisible();
});

test("an official's progress report says it covers their department only, the department's name marked as data", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "进展报告范围指标", leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/reports/progress?report=${report.id}&period=${report.year}-06`);
  const scope = page.getByTestId("progress-scope");
  await expect(scope).toHaveText(`本报告只含${department.name}牵头或配合的目标任务。`);
  await expect(scope.locator(`span[lang="zh-CN"]`)).toHaveText(department.name);
});

test("the home page counts the sections that hold commitments, as the dashboard's chart by section draws and names them", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  // A second section of the report's text without a figure to track (as Luoyang 2023 三(十)).
  const { report } = await seedReportWithCommitments(db, [{ indicator: "部分计数指标一" }, { indicator: "部分计数指标二" }]);
  await db.section.create({ data: { reportId: report.id, code: "三(二)", part: "三", title: "防范化解风险", order: 2, start: 0, end: 1 } });
  await login(page, viewer.loginName, viewer.password);

  await page.goto("/");
  const card = page.locator("section").filter({ has: page.locator(`a[href="/reports/${report.id}"]`) });
  await expect(card.getByTestId("section-count")).toHaveText("分布在 1 个部分");
  await expect(card).toContainText("目标任务 2 项");
  // The bar between the two counts is drawn, not read out by a screen reader.
  expect(await card.ariaSnapshot()).toContain("分布在 1 个部分");
  expect(await card.ariaSnapshot()).not.toMatch(/\|\s*分布在/);

  await page.goto(`/dashboard?report=${report.id}`);
  const chart = page.getByRole("figure", { name: "按部分" });
  await expect(chart.locator("figcaption")).toHaveText("三(一) 测试 0%");
  // The axis names each section (its spaces unbroken, so Recharts keeps it on one line); a phone has room for its code only.
  const axisLabels = chart.locator(".recharts-yAxis-tick-labels text");
  await expect(axisLabels).toHaveText(["三(一)\u00a0测试"]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(axisLabels).toHaveText(["三(一)"]);
});

test("the printable progress report shows each row's target, and a 调整 approved in the period under it", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const official = await createUser({ role: "OFFICIAL", departmentId: (await createDepartment()).id });
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: "民营经济市场主体", targetValue: 70, unit: "万户" }]);
  await db.changeRequest.create({
    data: { commitmentId: commitments[0].id, kind: "ADJUST_TARGET", requesterId: official.id, reason: "统计口径调整", state: "APPROVED", reviewedAt: new Date(`${report.year}-06-10T02:00:00Z`), proposedValue: 68 },
  });
  await db.commitment.update({ where: { id: commitments[0].id }, data: { targetValue: 68 } });
  await login(page, viewer.loginName, viewer.password);
  await page.goto(`/reports/progress?report=${report.id}&period=${report.year}-06`);
  const table = page.getByTestId("progress-report").getByRole("table");
  await expect(table.getByRole("columnheader", { name: "目标", exact: true })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: "民营经济市场主体" });
  await expect(row.getByRole("cell").nth(1)).toHaveText(`≥ 68万户本期${report.year}-06-10 调整：≥ 70万户 → ≥ 68万户`);
});

test("the status chart names each bar whole under it, in English on a phone too: a long name wraps rather than running off the chart", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  // One commitment per light: overdue, completed, verified, closed as not delivered.
  const { report, commitments } = await seedReportWithCommitments(db, [
    { indicator: "状态图逾期" },
    { indicator: "状态图完成", latestPercent: 100 },
    { indicator: "状态图核验", latestPercent: 100 },
    { indicator: "状态图未完成办结", latestPercent: 40 },
  ]);
  await db.commitment.update({ where: { id: commitments[2].id }, data: { status: "VERIFIED" } });
  await db.commitment.update({ where: { id: commitments[3].id }, data: { status: "UNMET" } });
  await login(page, viewer.loginName, viewer.password);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/dashboard?report=${report.id}`);
  await page.getByRole("button", { name: "English" }).click();
  const chart = page.getByRole("figure", { name: "Status distribution" });
  const names = chart.locator(".recharts-xAxis-tick-labels text");
  await expect(names).toHaveText(["Overdue", "Completed", "Verified", /^Closed as.*delivered$/]);
  const box = await chart.locator("svg.recharts-surface").boundingBox();
  for (const name of await names.all()) {
    const text = await name.boundingBox();
    expect(text!.x, await name.textContent() ?? "").toBeGreaterThanOrEqual(box!.x - 0.5);
    expect(text!.x + text!.width, await name.textContent() ?? "").toBeLessThanOrEqual(box!.x + box!.width + 0.5);
  }
});
