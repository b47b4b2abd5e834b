import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations, placeholderContrast } from "./support/accessibility";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { openDepartmentActions } from "./support/departments";
import { startExcerptReview } from "./support/import-review";
import { login } from "./support/login";
import { PHONE } from "./support/viewport";

// Government staff read Duban with screen readers and keyboards alone: every main page, as each
// role sees it with its forms, meets WCAG 2.1 AA (GB/T 37668) as far as axe can tell. A few pages
// are checked at a phone's width too, where tables become cards and forms fold. One sign-in per
// test, several pages each: the whole suite runs on two cores.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A department with its official, and a report of two commitments: one with an approved reading
 * (its chart is drawn), one with a reading returned, another waiting, a 延期 asked and a 催办
 * unanswered (the official's and the reviewer's lists have something in them).
 */
async function seedWork() {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { report, commitments } = await seedReportWithCommitments(db, [
    { indicator: "无障碍已审指标", targetValue: 11, unit: "万亩", leadDepartmentId: department.id, responsibleUserId: official.id },
    { indicator: "无障碍待审指标", targetValue: 100, leadDepartmentId: department.id },
  ]);
  const [reported, waiting] = commitments;
  const approved = await db.progressUpdate.create({
    data: { commitmentId: reported.id, authorId: official.id, asOf: day("2023-06-30"), actualValue: "3", percent: "27.27", narrative: "上半年新增3万亩。", state: "APPROVED", reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: reported.id }, data: { latestActual: "3", latestPercent: "27.27", latestAsOf: day("2023-06-30"), latestUpdateId: approved.id } });
  await db.progressUpdate.create({
    data: { commitmentId: waiting.id, authorId: official.id, asOf: day("2023-05-31"), actualValue: "20", narrative: "已建成20个。", state: "RETURNED", reviewNote: "请补充区县明细。", reviewedAt: new Date() },
  });
  await db.progressUpdate.create({ data: { commitmentId: waiting.id, authorId: official.id, asOf: day("2023-06-30"), actualValue: "40", narrative: "已建成40个。" } });
  await db.changeRequest.create({ data: { commitmentId: waiting.id, kind: "EXTEND_DEADLINE", requesterId: official.id, proposedDeadline: day("2024-06-30"), reason: "用地审批推迟" } });
  await db.reminder.create({ data: { commitmentId: waiting.id, senderId: reviewer.id, note: "请说明进度滞后的原因。" } });
  return { department, official, reviewer, report, reported, waiting };
}

/** Opens a page and waits for its heading, then for what is drawn after hydration (`ready`), before axe reads it. */
async function visit(page: Page, address: string, ready?: (page: Page) => Promise<void>) {
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await ready?.(page);
}

/** Recharts draws once it knows its size, after hydration: every chart's surface is there. */
async function chartsDrawn(page: Page) {
  const charts = page.locator(".recharts-responsive-container");
  await expect(charts.first()).toBeAttached();
  for (const chart of await charts.all()) await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
}

test("the login page, at a desk and on a phone", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  await expectNoSeriousViolations(page, "/login");
  await page.setViewportSize(PHONE);
  await expectNoSeriousViolations(page, "/login");
});

test("what an admin reads: home, the dashboard and the list of one report", async ({ page }) => {
  // Home and the reports page list every report of the run's one database, hundreds by the time
  // this runs after the integration tests, and axe reads each of their rows: given three minutes.
  test.slow();
  const { report } = await seedWork();
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);

  await visit(page, "/");
  await expectNoSeriousViolations(page, "/");
  // A link among text is told apart from it by more than its colour (WCAG 1.4.1), which axe
  // leaves to a person to judge: a report's count of commitments, beside its count of parts.
  const card = page.locator("section").filter({ has: page.locator(`a[href="/reports/${report.id}"]`) });
  await expect(card.getByRole("link", { name: "目标任务 2 项" })).toHaveCSS("text-decoration-line", "underline");

  // Our report's: the newest one may be another spec's, without a chart to draw; and the list of
  // every spec's commitments would make axe read thousands of rows for the same structure.
  for (const [address, ready] of [[`/dashboard?report=${report.id}`, chartsDrawn], [`/commitments?report=${report.id}`]] as const) {
    await visit(page, address, ready);
    await expectNoSeriousViolations(page, address);
  }
});

// Apart from the admin's first pages: the two together ran past a test's minute on CI's two cores.
test("what an admin reads: a commitment with its owners form, the reports and a progress report", async ({ page }) => {
  test.slow(); // as above: the reports page lists every report of the run
  const { report, reported } = await seedWork();
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);

  const ownersForm = async (p: Page) => {
    await chartsDrawn(p);
    await expect(p.getByRole("form", { name: "责任分工" })).toHaveAttribute("data-hydrated", "true");
  };
  const pages: [string, ((page: Page) => Promise<void>)?][] = [
    [`/commitments/${reported.id}`, ownersForm],
    ["/reports"],
    [`/reports/progress?report=${report.id}&period=2023-06`],
  ];
  for (const [address, ready] of pages) {
    await visit(page, address, ready);
    await expectNoSeriousViolations(page, address);
  }
});

test("an admin's own pages: a report's review with a candidate rejected, import, users, departments with a row's forms open, the audit log and settings", async ({ page }) => {
  const { department } = await seedWork();
  const other = await createDepartment();
  // Signs a new admin in, pastes an excerpt of the Luoyang report and lands on its review.
  await startExcerptReview(page, test.info());
  const candidate = page.getByTestId("candidate").first();
  await candidate.getByRole("button", { name: "剔除" }).click();
  await expect(candidate).toHaveAttribute("data-rejected", "true");
  await expectNoSeriousViolations(page, "the import review, a candidate rejected");
  // The excerpt may be a copy of the seeded Luoyang report: importing asks first, in the page.
  await page.getByRole("button", { name: /^确认导入/ }).click();
  await expect(page.getByRole("group", { name: /的副本，仍要导入吗？$/ })).toBeVisible();
  await expectNoSeriousViolations(page, "the import review, asking before importing a likely copy");

  for (const address of ["/reports/import", "/admin/audit", "/admin/settings", "/admin/users"]) {
    await visit(page, address);
    await expectNoSeriousViolations(page, address);
  }
  // A placeholder says what a search takes (登录名或姓名): it is read as text, so it needs text's contrast.
  expect.soft(await placeholderContrast(page.getByRole("textbox", { name: "查找用户" }))).toBeGreaterThanOrEqual(4.5);

  // A row's 操作 open, each of its folded forms too, and the merge asking first.
  await visit(page, `/admin/departments?q=${encodeURIComponent(department.name)}`);
  const row = await openDepartmentActions(page.getByTestId(`department-${department.code}`), department.name);
  for (const fold of ["重命名", "关键词", "合并到…"]) await row.getByRole("button", { name: fold }).click();
  const merge = row.getByRole("form", { name: `合并部门：${department.name}` });
  await expect(merge.getByTestId("merge-preview")).not.toBeEmpty();
  await merge.getByLabel("并入部门").selectOption({ label: other.name });
  await merge.getByRole("button", { name: "合并…" }).click();
  await expect(merge.getByRole("button", { name: "确认合并" })).toBeVisible();
  await expectNoSeriousViolations(page, "/admin/departments, a row's 操作 and its forms open");
  await page.setViewportSize(PHONE);
  await expectNoSeriousViolations(page, "/admin/departments, a row's 操作 and its forms open");
});

test("an official's pages: their commitments' update and request forms, my work, bulk updates; a phone's width too", async ({ page }) => {
  const { official, reported, waiting } = await seedWork();
  await login(page, official.loginName, official.password);

  const updateForm = async (p: Page) => {
    await expect(p.getByTestId("submit-update-form").getByRole("button", { name: "提交审核" })).toBeEnabled();
    await expect(p.getByTestId("change-request-form")).toBeVisible();
  };
  const pages: [string, ((page: Page) => Promise<void>)?][] = [[`/commitments/${reported.id}`, updateForm], [`/commitments/${waiting.id}`, updateForm], ["/my-work"], ["/bulk-updates"]];
  for (const [address, ready] of pages) {
    await visit(page, address, ready);
    await expectNoSeriousViolations(page, address);
  }
  await page.setViewportSize(PHONE);
  for (const [address, ready] of [pages[2], pages[0]]) {
    await visit(page, address, ready);
    await expectNoSeriousViolations(page, address);
  }
});

test("a reviewer's queue with a reading and a request waiting, at a desk and on a phone, and a commitment's review forms", async ({ page }) => {
  const { department, reviewer, waiting } = await seedWork();
  await login(page, reviewer.loginName, reviewer.password);
  const address = `/review?department=${department.id}`;
  await visit(page, address);
  await expect(page.getByTestId(/^review-item-\d+$/)).toHaveCount(1);
  await expectNoSeriousViolations(page, address);
  await page.setViewportSize(PHONE);
  await expectNoSeriousViolations(page, address);

  await page.setViewportSize({ width: 1280, height: 720 });
  await visit(page, `/commitments/${waiting.id}`);
  await expect(page.getByTestId(/^pending-\d+$/)).toHaveCount(1);
  await expectNoSeriousViolations(page, `/commitments/${waiting.id}`);
});
