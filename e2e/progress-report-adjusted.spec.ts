import { expect, test } from "@playwright/test";
import { todayIsoDay } from "@/lib/time/today";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// QA: last year's whole-year 进展报告, printed today. “一村一品”省级示范村 was lowered from 15 to 12
// after the year, and 13 was then approved as of 12-31 (100% of 12): the row states ≥ 12 and the
// 调整 that set it. 新增高标准农田 has two approved readings of 06-30: only the correction is listed.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test("the whole year's report states the target its figure is measured against, and lists only the reading that counts for a day", async ({ page }) => {
  const today = todayIsoDay();
  const year = Number(today.slice(0, 4)) - 1;
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const viewer = await createUser({ role: "VIEWER" });
  const { report, commitments } = await seedReportWithCommitments(
    db,
    [
      { indicator: "“一村一品”省级示范村", targetValue: 15, leadDepartmentId: department.id },
      { indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: department.id },
    ],
    { year },
  );
  const [villages, farmland] = commitments;
  // As the actions write them: the 调整 approved a minute ago, the figure approved after it.
  const adjustedAt = new Date(Date.now() - 60_000);
  await db.changeRequest.create({
    data: { commitmentId: villages.id, kind: "ADJUST_TARGET", requesterId: official.id, reason: "资金缩减", proposedValue: 12, state: "APPROVED", reviewerId: reviewer.id, reviewedAt: adjustedAt },
  });
  const figure = await db.progressUpdate.create({
    data: { commitmentId: villages.id, authorId: official.id, asOf: day(`${year}-12-31`), actualValue: 13, percent: 100, narrative: "全年建成13个", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: villages.id }, data: { targetValue: 12, latestActual: 13, latestPercent: 100, latestAsOf: day(`${year}-12-31`), latestUpdateId: figure.id } });
  // Two readings of 06-30, both approved: the one sent later (the correction) counts.
  let latest = 0;
  for (const [actualValue, percent, narrative] of [[5.5, 50, "上半年完成5.5万亩"], [11.8, 100, "更正：上半年完成11.8万亩"]] as const) {
    latest = (
      await db.progressUpdate.create({
        data: { commitmentId: farmland.id, authorId: official.id, asOf: day(`${year}-06-30`), actualValue, percent, narrative, state: "APPROVED", reviewerId: reviewer.id, reviewedAt: day(`${year}-07-05`) },
      })
    ).id;
  }
  await db.commitment.update({ where: { id: farmland.id }, data: { latestActual: 11.8, latestPercent: 100, latestAsOf: day(`${year}-06-30`), latestUpdateId: latest } });

  await login(page, viewer.loginName, viewer.password);
  await page.goto(`/reports/progress?report=${report.id}`);
  await expect(page.getByLabel("报告期")).toHaveValue(String(year));
  const shown = page.getByTestId("progress-report");

  const villagesRow = shown.getByRole("row").filter({ hasText: "一村一品" });
  const target = villagesRow.getByRole("cell").nth(1).locator("p");
  await expect(target).toHaveText(["≥ 12个", `期末后${today} 调整：≥ 15个 → ≥ 12个（本报告按此计算）`]);
  await expect(villagesRow).toContainText("已完成");
  await expect(villagesRow).toContainText(`${year}-12-31：13个（100%）。全年建成13个`);
  // And says that the year's 延期 and 调整, like its closings, are those in force today.
  await expect(page.getByTestId("progress-closings")).toContainText(`办结、延期和调整情况截至 ${today}`);

  const farmlandRow = shown.getByRole("row").filter({ hasText: "新增高标准农田" });
  await expect(farmlandRow.getByRole("cell").last().locator("p")).toHaveText([`${year}-06-30：11.8万亩（100%）。更正：上半年完成11.8万亩`]);
});
