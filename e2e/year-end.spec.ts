import { expect, test } from "@playwright/test";
import { todayIsoDay } from "@/lib/time/today";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// Year end (QA): the 2023 targets fall due on 12-31; the office verifies or closes them as not
// delivered afterwards. The progress report offers the whole year, with those decisions; a closed
// commitment's page says why its forms are gone, and how its waiting reminder ended.

test("once the report's year is over, the progress report offers the whole year, with the closings decided since", async ({ page }) => {
  const viewer = await createUser({ role: "VIEWER" });
  const official = await createUser({ role: "OFFICIAL", departmentId: (await createDepartment()).id });
  const { report, commitments } = await seedReportWithCommitments(db, [
    { indicator: "年终核验指标", targetValue: 5, unit: "万人" },
    { indicator: "年终未完成指标", targetValue: 2000 },
  ]);
  const [jobs, stations] = commitments;
  const closedAt = new Date();
  const today = todayIsoDay(closedAt);
  for (const [c, actualValue, percent] of [[jobs, 5.2, 100], [stations, 1200, 60]] as const) {
    const update = await db.progressUpdate.create({
      data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue, percent, narrative: "全年完成情况", state: "APPROVED", reviewedAt: new Date("2024-01-05T02:00:00Z") },
    });
    await db.commitment.update({ where: { id: c.id }, data: { latestPercent: percent, latestActual: actualValue, latestAsOf: new Date("2023-12-31T00:00:00Z"), latestUpdateId: update.id } });
  }
  // Decided now, after the year, as the reviewer's forms record it.
  await db.commitment.update({ where: { id: jobs.id }, data: { status: "VERIFIED", verifiedAt: closedAt, verifyNote: "已核对台账" } });
  await db.commitment.update({ where: { id: stations.id }, data: { status: "UNMET", unmetAt: closedAt, unmetNote: "选址未落实" } });
  await db.commitmentClosure.createMany({
    data: [
      { commitmentId: jobs.id, status: "VERIFIED", previousStatus: "ACTIVE", closedAt, note: "已核对台账" },
      { commitmentId: stations.id, status: "UNMET", previousStatus: "ACTIVE", closedAt, note: "选址未落实" },
    ],
  });
  await login(page, viewer.loginName, viewer.password);

  await page.goto(`/reports/progress?report=${report.id}`);
  const period = page.getByLabel("报告期");
  await expect(period).toHaveValue("2023");
  // Offered beside the quarters and the months.
  await expect(page.locator("#period-choices option[value='2023']")).toHaveAttribute("label", "2023年全年");
  await expect(page.locator("#period-choices option[value='2023-Q4']")).toHaveAttribute("label", "2023年第4季度");
  const shown = page.getByTestId("progress-report");
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText(/2023年全年进展报告$/);
  await expect(page.getByTestId("progress-closings")).toHaveText(`办结、延期和调整情况截至 ${today}：含年度结束后作出的核验、未完成办结、撤销及批准的延期、调整；进展数据截至 2023-12-31。`);
  await expect(shown).toContainText("按未完成办结 1 项");
  await expect(shown.getByRole("row").filter({ hasText: "年终核验指标" })).toContainText(`${today} 核验：已核对台账`);
  await expect(shown.getByRole("row").filter({ hasText: "年终未完成指标" })).toContainText(`${today} 未完成办结：选址未落实`);
  await expect(page.getByRole("link", { name: "下载 Word 文档" })).toHaveAttribute("href", /[?&]period=2023(&|$)/);

  // Its December reads the closings of its own end: none yet.
  await period.fill("2023-12");
  await page.getByRole("button", { name: "生成报告" }).click();
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText(/2023年12月进展报告$/);
  await expect(shown).toContainText("按未完成办结 0 项");
  await expect(page.getByTestId("progress-closings")).toHaveCount(0);

  // Typed, the whole year is taken as a period (the browser's pattern allows it).
  await period.fill("2023");
  await page.getByRole("button", { name: "生成报告" }).click();
  await expect(page).toHaveURL(/[?&]period=2023(&|$)/);
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText(/2023年全年进展报告$/);
});

test("a closed commitment says, where its forms were, which closing ended them and who can reopen it; its reminder says how it ended", async ({ page, browser }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const admin = await createUser({ role: "ADMIN" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  // A 2023 target at 60%: overdue, so it can be closed as not delivered.
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "办结后说明指标", targetValue: 100, latestPercent: 60, leadDepartmentId: department.id }]);
  const href = `/commitments/${commitments[0].id}`;
  await db.reminder.create({ data: { commitmentId: commitments[0].id, senderId: reviewer.id, note: "请报送全年数据" } });

  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(href);
  const close = page.getByRole("form", { name: "按未完成办结" });
  await close.getByLabel("未完成原因及后续安排（必填）").fill("全年完成60个。");
  await close.getByRole("button", { name: "按未完成办结" }).click();
  await close.getByRole("button", { name: "确认办结" }).click();
  await expect(page.getByRole("form", { name: "重新打开" }).getByRole("status")).toHaveText("已按未完成办结。");
  const today = todayIsoDay();
  const ended = `目标任务已于 ${today} 按未完成办结，该催办随之结束，无需回复。`;
  await expect(page.getByTestId("reminders")).toContainText(ended);

  const officialPage = await (await browser.newContext()).newPage();
  await login(officialPage, official.loginName, official.password);
  await officialPage.goto(href);
  await expect(officialPage.getByTestId("submit-update-form")).toHaveCount(0);
  await expect(officialPage.getByTestId("closed-note")).toHaveText(`该目标任务已于 ${today} 按未完成办结，不再接受报送或申请。如需继续报送，请联系督查部门重新打开。`);
  await expect(officialPage.getByTestId("closed-note-requests")).toHaveText(`该目标任务已于 ${today} 按未完成办结，不再接受报送或申请。`);
  await expect(officialPage.getByTestId("reminders")).toContainText(ended);
  await officialPage.context().close();

  const adminPage = await (await browser.newContext()).newPage();
  await login(adminPage, admin.loginName, admin.password);
  await adminPage.goto(href);
  await expect(adminPage.getByTestId("withdraw-commitment-form")).toHaveCount(0);
  await expect(adminPage.getByTestId("closed-note-withdraw")).toHaveText(`该目标任务已于 ${today} 按未完成办结，不再接受报送或申请。如需撤销，请督查部门先重新打开。`);
  await adminPage.context().close();
});
