import { expect, test, type Page } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login, loginInNewContext } from "./support/login";
import { earliestExtension, latestExtension } from "@/lib/change-requests/change-problems";
import { todayIsoDay } from "@/lib/time/today";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/**
 * The update form, once the page has hydrated (its button says so): typed into before,
 * hydration may set a prefilled textarea back to its text (a resubmission once went out with
 * the returned narrative).
 */
async function updateForm(page: Page) {
  const form = page.getByTestId("submit-update-form");
  await expect(form.getByRole("button", { name: "提交审核" })).toBeEnabled();
  return form;
}

async function submitUpdate(page: Page, actual: string, narrative: string, withEvidence: boolean) {
  const form = await updateForm(page);
  await form.getByLabel(/实际完成值/).fill(actual);
  await form.getByLabel(/进展情况说明/).fill(narrative);
  await form.getByLabel("数据截至日期").fill("2023-12-01");
  if (withEvidence) await form.getByLabel("佐证材料").setInputFiles({ name: "验收报告.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
}

test("submit with evidence → returned → resubmitted → approved: list, detail, light and history all show it", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments, report } = await seedReportWithCommitments(db, [{ indicator: "新建城市书房", targetValue: 100, leadDepartmentId: department.id }]);
  const commitment = commitments[0];

  const officialPage = await loginInNewContext(browser, official.loginName, official.password);
  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);

  // 1. The official reports 60 of 100 with a PDF. A first try with a figure in words is refused
  // and keeps everything, the chosen file too (a browser cannot refill a file input).
  await officialPage.goto(`/commitments/${commitment.id}`);
  // Each page names itself in the tab (and for screen readers): here, the commitment.
  await expect(officialPage).toHaveTitle("新建城市书房 · 督办 Duban");
  const form = await updateForm(officialPage);
  await form.getByLabel(/实际完成值/).fill("六十");
  await form.getByLabel("佐证材料").setInputFiles({ name: "验收报告.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByLabel(/进展情况说明/).fill("已建成60个城市书房。");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.locator("#update-actualValue-error")).not.toBeEmpty();
  expect(await form.getByLabel("佐证材料").evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);
  await form.getByLabel(/实际完成值/).fill("60");
  await form.getByLabel("数据截至日期").fill("2023-12-01");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
  // The form now says what already waits, so a second report is a choice, not an accident.
  await expect(form.getByTestId("waiting-note")).toContainText("已有 1 条进展等待督查审核（最新一条数据截至 2023-12-01）");
  const first = officialPage.getByTestId(/^update-\d+$/).first();
  await expect(first).toHaveAttribute("data-state", "SUBMITTED");
  await expect(first.getByRole("link", { name: /验收报告/ })).toBeVisible();

  // 2. The reviewer finds it in the queue and returns it with a note.
  // The queue is shared with every other test's data: filter it by the department, as reviewers do.
  await reviewerPage.goto(`/review?department=${department.id}`);
  const item = reviewerPage.getByTestId(/^review-item-\d+$/).filter({ hasText: "新建城市书房" });
  await expect(item).toBeVisible();
  await item.getByLabel(/审核意见/).fill("请补充区县明细。");
  await item.getByRole("button", { name: "退回" }).click();
  // Once handled, it leaves the queue, and the page says what was done.
  await expect(item).toHaveCount(0);
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已退回" })).toHaveText("已退回：新建城市书房");
  // The indicator in our sentence is the report's words, marked so.
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已退回" }).locator("span")).toHaveAttribute("lang", "zh-CN");
  // The item took the focus with it: the announcement has it now.
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已退回" })).toBeFocused();

  // 3. The official sees why and resubmits.
  await officialPage.goto("/my-work");
  await expect(officialPage.getByText("请补充区县明细。")).toBeVisible();
  // Named with its target too: one indicator may be promised twice (增长10%, ≥ 68万户).
  const returnedCard = officialPage.getByTestId(/^returned-update-\d+$/).filter({ hasText: "新建城市书房" });
  await expect(returnedCard.getByTestId("target")).toHaveText("目标值：≥ 100个");
  await officialPage.goto(`/commitments/${commitment.id}`);
  await officialPage.getByRole("link", { name: "修改后重新报送" }).click();
  await expect(officialPage.getByTestId("submit-update-form")).toContainText("请补充区县明细。");
  await submitUpdate(officialPage, "100", "已建成100个城市书房，附区县明细。", false);

  // 4. The reviewer approves the resubmission from the commitment's page.
  await reviewerPage.goto(`/commitments/${commitment.id}`);
  const pending = reviewerPage.getByTestId(/^pending-\d+$/);
  await expect(pending).toHaveCount(1);
  await pending.getByRole("button", { name: "审核通过" }).click();
  await expect(pending).toHaveCount(0); // approved: no longer waiting
  // The card stays to say what was done, and that nothing else waits.
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已审核通过" })).toHaveText(/^已审核通过：\d{4}-\d{2}-\d{2} 的进展（.+）$/);
  // Who sent it is a name in our sentence: marked as Chinese data, the sentence around it not.
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已审核通过" }).locator('[lang="zh-CN"]')).toHaveText(official.displayName);
  await expect(reviewerPage.getByText("暂无待审核的进展。")).toBeVisible();

  // 5. Everyone sees the approved figures.
  await reviewerPage.goto(`/commitments/${commitment.id}`);
  await expect(reviewerPage.getByTestId("latest")).toContainText("100个");
  await expect(reviewerPage.locator("[data-light]").first()).toHaveAttribute("data-light", "COMPLETED");
  await expect(reviewerPage.getByTestId(/^update-\d+$/).filter({ hasText: "附区县明细" })).toHaveAttribute("data-state", "APPROVED");
  await expect(reviewerPage.getByTestId(/^update-\d+$/).filter({ hasText: "已建成60个" })).toHaveAttribute("data-state", "RETURNED");
  const history = reviewerPage.getByTestId("audit-history");
  await expect(history).toContainText("进展审核通过");
  await expect(history).toContainText("状态：待审核 → 已通过");
  await officialPage.goto(`/commitments?report=${report.id}`);
  const row = officialPage.getByTestId("commitment-row").filter({ hasText: "新建城市书房" });
  await expect(row.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(row.locator("[data-light]")).toHaveText("已完成");
});

// QA: an official who had reported every overdue commitment this month still saw 我的工作 14.
test("an overdue commitment reported this month leaves the to-do list and the badge, and is shown below as reported, waiting then approved", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  // A 2023 report: both are overdue.
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "新建城市书房", targetValue: 100, leadDepartmentId: department.id },
    { indicator: "新增城镇就业", targetValue: 8, unit: "万人", leadDepartmentId: department.id },
  ]);
  const [books, jobs] = commitments;
  const page = await loginInNewContext(browser, official.loginName, official.password);
  await page.goto("/my-work");
  await expect(page.getByTestId("work-badge")).toHaveText("2");
  await expect(page.getByTestId(`needs-update-${books.id}`).locator("[data-reason]")).toHaveText(["已逾期", "本月尚未报送"]);
  await expect(page.getByTestId("reported-this-month")).toHaveCount(0);

  await page.goto(`/commitments/${books.id}`);
  await submitUpdate(page, "60", "已建成60个城市书房。", false);
  await page.goto("/my-work");
  // Done for the month: one left to do, in the badge and the list.
  await expect(page.getByTestId("work-badge")).toHaveText("1");
  // The menu link is read as one phrase, not its label run into the badge's figure.
  await expect(page.getByRole("link", { name: "我的工作，1 项待办", exact: true })).toBeVisible();
  const toDo = page.getByTestId("needs-update");
  await expect(toDo.getByRole("heading")).toHaveText("需要报送进展的目标任务（1）");
  await expect(toDo.getByTestId(`needs-update-${jobs.id}`)).toBeVisible();
  await expect(toDo.getByTestId(`needs-update-${books.id}`)).toHaveCount(0);
  // Still in sight below, with what became of the reading.
  const reported = page.getByTestId("reported-this-month");
  await expect(reported.getByRole("heading")).toHaveText("本月已报送的逾期或即将到期目标任务（1）");
  await expect(reported).toContainText("不计入待办");
  const row = reported.getByTestId(`reported-this-month-${books.id}`);
  await expect(row.locator("[data-reason]")).toHaveText(["已逾期"]);
  await expect(row.getByTestId("waiting-review")).toHaveText("已报送 1 条，待审核");
  await expect(row.getByTestId("target")).toHaveText("目标值：≥ 100个");

  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/commitments/${books.id}`);
  await reviewerPage.getByTestId(/^pending-\d+$/).getByRole("button", { name: "审核通过" }).click();
  await expect(reviewerPage.getByTestId(/^pending-\d+$/)).toHaveCount(0);
  await reviewerPage.context().close();

  await page.goto("/my-work");
  await expect(page.getByTestId("work-badge")).toHaveText("1");
  await expect(row.getByTestId("approved-this-month")).toHaveText("本月报送已审核通过");
  await expect(row.getByTestId("waiting-review")).toHaveCount(0);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(reported.getByRole("heading")).toHaveText("Overdue or due-soon commitments reported this month (1)");
  await expect(row.getByTestId("approved-this-month")).toHaveText("This month's report approved");
  await expect(page.getByRole("link", { name: "My work, 1 to do", exact: true })).toBeVisible();
  await expect(row.locator("[data-reason]")).toHaveText(["Overdue"]);
  await page.context().close();
});

// QA and code review: a returned reading put its commitment under 需要报送 as well as among the
// returns (and in the badge twice), and a reading sent through the plain form never answered it.
test("a returned reading is one to-do in my work, and a reading sent through the plain form answers it: tagged 重新报送, and said so", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建社区食堂", targetValue: 100, leadDepartmentId: department.id }]);
  const c = commitments[0];
  const returned = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 40, narrative: "已建成40个社区食堂。", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "请补充区县明细。", reviewedAt: new Date() },
  });
  const page = await loginInNewContext(browser, official.loginName, official.password);
  await page.goto("/my-work");
  await expect(page.getByTestId(`returned-update-${returned.id}`)).toContainText("请补充区县明细。");
  await expect(page.getByTestId(`needs-update-${c.id}`)).toHaveCount(0);
  await expect(page.getByTestId("work-badge")).toHaveText("1");

  await page.goto(`/commitments/${c.id}`);
  // Not through 修改后重新报送: the plain form, as an official who just reports.
  const form = await updateForm(page);
  await expect(form.getByRole("heading")).toHaveText("报送进展");
  await form.getByLabel(/实际完成值/).fill("60");
  await form.getByLabel(/进展情况说明/).fill("已建成60个社区食堂，附区县明细。");
  await form.getByLabel("数据截至日期").fill("2023-12-01");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。它已作为对数据截至 2023-06-30 的被退回进展的修改后重新报送。");
  const answer = await db.progressUpdate.findUniqueOrThrow({ where: { resubmitsId: returned.id } });
  await page.reload();
  await expect(page.getByTestId(`update-${answer.id}`)).toContainText("重新报送");
  await expect(page.getByTestId(`update-${returned.id}`).getByRole("link", { name: "修改后重新报送" })).toHaveCount(0);
  await page.goto("/my-work");
  await expect(page.getByTestId(`returned-update-${returned.id}`)).toHaveCount(0);
  await expect(page.getByTestId("work-badge")).toHaveCount(0);
  await page.context().close();
});

test("an update with a day before the report's year and no narrative is told both at once, in Chinese beside each field, not stopped by the browser", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建城市书房", targetValue: 100, leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = await updateForm(page);
  const asOf = form.getByLabel("数据截至日期");
  // The days it may be are said under it (and read with it) before any is picked.
  await expect(asOf).toHaveAccessibleDescription(`可选 2023-01-01（报告年度首日）至 ${todayIsoDay()}（今天）之间的日期。`);
  // Still announced as required, though the schema (not the browser) says so.
  await expect(form.getByLabel(/进展情况说明/)).toHaveAttribute("required", "");
  // Below the date input's min, and the required narrative left empty: the browser would stop at the first.
  await form.getByLabel(/实际完成值/).fill("60");
  await asOf.fill("2022-12-01");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.locator("#update-asOf-error")).toHaveText("截至日期不能早于报告年度（2023 年 1 月 1 日）。");
  await expect(form.locator("#update-narrative-error")).toHaveText("此项为必填项。");
  await expect(asOf).toBeFocused();
  await expect(form.getByLabel(/实际完成值/)).toHaveValue("60");

  await asOf.fill("2023-12-01");
  await form.getByLabel(/进展情况说明/).fill("已建成60个城市书房。");
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
});

test("a figure typed with a scale and a text file named as a photo are told both at once, beside each field, the file still chosen and nothing written", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  // 一般公共预算收入400亿元: "386亿" is asked for in 亿元, neither read as 386 nor cut to it unasked.
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "一般公共预算收入", targetValue: 400, unit: "亿元", leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = await updateForm(page);
  const figure = form.getByLabel(/实际完成值/);
  const evidence = form.getByLabel("佐证材料");
  const chosen = () => evidence.evaluate((input: HTMLInputElement) => Array.from(input.files ?? [], (f) => f.name));
  await figure.fill("386亿");
  await form.getByLabel("数据截至日期").fill("2023-12-01");
  await form.getByLabel(/进展情况说明/).fill("全年一般公共预算收入386亿元。");
  await evidence.setInputFiles({ name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("现场照片另行报送。\n") });
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.locator("#update-actualValue-error")).toHaveText("请只填写以亿元计的数字，不带“亿”（所填如不是以亿元计，请先换算）。");
  await expect(form.locator("#update-evidence-error")).toContainText("文件“照片.jpg”名为 JPG 文件，内容却是纯文本");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(figure).toBeFocused();
  await expect(figure).toHaveValue("386亿");
  expect(await chosen()).toEqual(["照片.jpg"]);
  expect(await db.progressUpdate.count({ where: { commitmentId: commitments[0].id } })).toBe(0);
  // Both put right in one go, it is sent.
  await figure.fill("386");
  await evidence.setInputFiles({ name: "照片.pdf", mimeType: "application/pdf", buffer: PDF });
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
});

test("evidence up to the stated limits goes through whole; a file past them is refused before anything is sent", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "大文件佐证", targetValue: 10, leadDepartmentId: department.id }]);
  const pdfOf = (megabytes: number, name: string) => ({
    name,
    mimeType: "application/pdf",
    buffer: Buffer.concat([PDF, Buffer.alloc(megabytes * 1024 * 1024 - PDF.length, " ")]),
  });
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = await updateForm(page);
  await form.getByLabel(/实际完成值/).fill("3");
  await form.getByLabel(/进展情况说明/).fill("三个区县的验收报告。");
  await form.getByLabel("数据截至日期").fill("2023-12-01");
  // A program is refused by the server, which says why beside the field (once: the summary points there).
  await form.getByLabel("佐证材料").setInputFiles({ name: "程序.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\x90\x00\x03\x00\x00\x00") });
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.locator("#update-evidence-error")).toContainText("文件“程序.exe”的类型不受支持");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  // 11 MB: said at once, naming the file, and the form keeps what was typed; the server's answer to the last
  // attempt is not left standing beside it.
  await form.getByLabel("佐证材料").setInputFiles(pdfOf(11, "过大.pdf"));
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.locator("#update-evidence-error")).toHaveText("文件“过大.pdf”超过 10 MB：每个文件不能超过 10 MB。");
  await expect(form.getByRole("alert")).toHaveText("");
  await expect(form.getByLabel(/进展情况说明/)).toHaveValue("三个区县的验收报告。");
  // 15 MB in three files, each within its 10 MB (the request passed Next's 10 MB copy for proxy.ts, and was cut there once).
  await form.getByLabel("佐证材料").setInputFiles([pdfOf(5, "甲区.pdf"), pdfOf(5, "乙区.pdf"), pdfOf(5, "丙区.pdf")]);
  await form.getByRole("button", { name: "提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
  const sent = page.getByTestId(/^update-\d+$/).first();
  for (const name of ["甲区", "乙区", "丙区"]) await expect(sent.getByRole("link", { name: new RegExp(name) })).toBeVisible();
});

test("a reviewer verifies a completed commitment and is told so where the form was", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "核验完成指标", latestPercent: 100, leadDepartmentId: department.id }]);
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = page.getByRole("form", { name: "核验完成" });
  await form.getByLabel("核验意见（必填）").fill("现场核验属实。");
  await form.getByRole("button", { name: "确认核验" }).click();
  // The form is gone with the verification: the focus is on what happened, not on the page's body.
  await expect(page.getByRole("status").filter({ hasText: "已核验为完成。" })).toBeFocused();
  await expect(form).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "已核验为完成。" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "核验完成" })).toHaveCount(0);
  // Who verified is a name in our sentence: marked as Chinese data, in English too.
  const status = page.locator("dd").filter({ hasText: /^已核验：/ });
  await expect(status.locator('[lang="zh-CN"]')).toHaveText(reviewer.displayName);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const verified = page.locator("dd").filter({ hasText: /^Verified by / });
  await expect(verified).not.toHaveAttribute("lang");
  await expect(verified.locator('[lang="zh-CN"]')).toHaveText(reviewer.displayName);
});

test("a closing decision waiting on a reading says so in place of its form, as the server would refuse it", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "待审核时核验指标", latestPercent: 100, leadDepartmentId: department.id },
    { indicator: "待审核时办结指标", targetValue: 100, latestPercent: 60, leadDepartmentId: department.id },
  ]);
  for (const c of commitments) await db.progressUpdate.create({ data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue: 100, narrative: "年底数据" } });
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const verify = page.getByRole("form", { name: "核验完成" });
  await expect(verify.getByTestId("verify-waiting")).toHaveText("该目标任务还有 1 条进展待审核，请先处理后再核验。");
  await expect(verify.getByRole("button", { name: "确认核验" })).toHaveCount(0);
  await page.goto(`/commitments/${commitments[1].id}`);
  const unmet = page.getByRole("form", { name: "按未完成办结" });
  await expect(unmet.getByTestId("close-unmet-form-waiting")).toHaveText("该目标任务还有 1 条进展待审核，请先处理后再办结。");
  await expect(unmet.getByRole("button", { name: "按未完成办结" })).toBeHidden();
});

test("a verification reopened and made again: each form says only the answer that still holds, where the focus is", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "核验重开指标", latestPercent: 100, leadDepartmentId: department.id }]);
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const verify = page.getByRole("form", { name: "核验完成" });
  await verify.getByLabel("核验意见（必填）").fill("现场核验属实。");
  await verify.getByRole("button", { name: "确认核验" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已核验为完成。" })).toBeFocused();

  const reopen = page.getByRole("form", { name: "重新打开" });
  await reopen.getByLabel("重新打开理由（必填）").fill("核验时数据口径有误。");
  await reopen.getByRole("button", { name: "重新打开" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已重新打开" })).toBeFocused();
  // The verify form is back, without the answer of the verification just undone.
  await expect(page.getByRole("form", { name: "核验完成" })).toBeVisible();
  await expect(page.getByText("已核验为完成。")).toHaveCount(0);

  await page.getByRole("form", { name: "核验完成" }).getByLabel("核验意见（必填）").fill("复核无误。");
  await page.getByRole("form", { name: "核验完成" }).getByRole("button", { name: "确认核验" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已核验为完成。" })).toBeFocused();
  await expect(page.getByText("已重新打开")).toHaveCount(0);
});

test("an approval taken back after a verification was reopened: the closing form that comes back is fresh, the focus on what was just done", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "重开后撤回指标", targetValue: 100, leadDepartmentId: department.id }]);
  const c = commitments[0];
  const reading = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue: 100, percent: 100, narrative: "全部完成", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: c.id }, data: { latestActual: 100, latestPercent: 100, latestAsOf: reading.asOf, latestUpdateId: reading.id } });
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${c.id}`);
  const verify = page.getByRole("form", { name: "核验完成" });
  await verify.getByLabel("核验意见（必填）").fill("现场核验属实。");
  await verify.getByRole("button", { name: "确认核验" }).click();
  const reopen = page.getByRole("form", { name: "重新打开" });
  await reopen.getByLabel("重新打开理由（必填）").fill("核验时数据口径有误。");
  await reopen.getByRole("button", { name: "重新打开" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已重新打开" })).toBeFocused();
  // Complete again, so not closable as missed yet.
  await expect(page.getByRole("form", { name: "按未完成办结" })).toHaveCount(0);

  const item = page.getByTestId(`update-${reading.id}`);
  await item.getByText("撤回审核通过").click();
  const form = page.getByTestId(`revoke-approval-${reading.id}`);
  await form.getByLabel("撤回理由（必填，经办人可见）").fill("100个含去年已建成的，请更正。");
  await form.getByRole("button", { name: "撤回并退回" }).click();
  await expect(item.getByRole("status")).toHaveText("已撤回审核通过，该进展已退回经办人。");
  await expect(item.getByRole("status")).toBeFocused();
  // Overdue now: the closing form is offered again, without the reopening's old answer.
  const unmet = page.getByRole("form", { name: "按未完成办结" });
  await expect(unmet).toBeVisible();
  await expect(page.getByText("已重新打开")).toHaveCount(0);
});

test("at year end a reviewer closes the ticked misses of a department together, with one reason, from the list", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  // 2023 targets short of their figures: their deadlines are long past.
  await seedReportWithCommitments(db, [
    { indicator: "批量办结甲", targetValue: 100, latestPercent: 60, leadDepartmentId: department.id },
    { indicator: "批量办结乙", targetValue: 100, latestPercent: 30, leadDepartmentId: department.id },
    { indicator: "批量办结丙", targetValue: 100, latestPercent: 90, leadDepartmentId: department.id },
  ]);
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments?department=${department.id}`);
  // The close-out is of misses: its link narrows the list to the overdue ones, the department kept.
  await page.getByRole("link", { name: "批量按未完成办结" }).click();
  await expect(page).toHaveURL(new RegExp(`department=${department.id}.*status=OVERDUE.*close=1|close=1.*department=${department.id}`));
  const form = page.getByRole("form", { name: "批量按未完成办结" });
  const table = page.getByTestId("commitment-table");
  await expect(table.getByRole("checkbox")).toHaveCount(3);
  // Nothing ticked, no reason: said in the page's words, nothing asked.
  await form.getByRole("button", { name: "按未完成办结所选目标任务" }).click();
  await expect(page.getByTestId("bulk-close-unmet-problems")).toHaveText("请先勾选要办结的目标任务。");
  await expect(form.getByRole("button", { name: "确认办结" })).toHaveCount(0);
  await table.getByRole("checkbox", { name: "选择办结 批量办结甲" }).check();
  await table.getByRole("checkbox", { name: "选择办结 批量办结乙" }).check();
  await form.getByLabel("未完成原因及后续安排（必填）").fill("年度未完成，转入下一年度实施。");
  await form.getByRole("button", { name: "按未完成办结所选目标任务" }).click();
  await form.getByRole("button", { name: "确认办结" }).click();
  await expect(form.getByRole("status")).toHaveText("已按未完成办结 2 项目标任务。");
  // Closed, they leave the overdue list; the one not ticked stays.
  await expect(table.getByRole("checkbox")).toHaveCount(1);
  await expect(table.getByText("批量办结丙")).toBeVisible();
  await page.goto(`/commitments?department=${department.id}&status=UNMET`);
  await expect(page.getByTestId("commitment-table").getByText(/批量办结[甲乙]/)).toHaveCount(2);
});

test("a reviewer closes a missed target as not delivered, with the reason, and reopens it; the official can no longer report on it meanwhile", async ({ page, browser }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  // A 2023 target at 60%: its deadline is long past.
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "未完成办结指标", targetValue: 100, latestPercent: 60, leadDepartmentId: department.id }]);
  const href = `/commitments/${commitments[0].id}`;
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(href);
  // The page's own light: the first on it, beside the heading.
  const light = page.locator("[data-light]").first();
  await expect(light).toHaveText("已逾期");
  const close = page.getByRole("form", { name: "按未完成办结" });
  // The reason first: without one nothing is asked, and what is missing is said at the field in
  // the page's words (not the browser's own bubble, in the browser's language), as the other forms say it.
  const note = close.getByLabel("未完成原因及后续安排（必填）");
  const noteError = page.locator("#close-unmet-form-note-error");
  await close.getByRole("button", { name: "按未完成办结" }).click();
  await expect(noteError).toHaveText("请填写未完成的原因。");
  await expect(note).toBeFocused();
  // Blanks are no reason either: refused at the field, and the refusal taken down once the field is mended.
  await note.fill("   ");
  await close.getByRole("button", { name: "按未完成办结" }).click();
  await expect(close.getByRole("button", { name: "确认办结" })).toHaveCount(0);
  await expect(noteError).toHaveText("请填写未完成的原因。");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await note.fill("选址调整，余下40个转入2024年实施。");
  await expect(noteError).toBeEmpty();
  await expect(note).toHaveAttribute("aria-invalid", "false");
  await close.getByRole("button", { name: "按未完成办结" }).click();
  await close.getByRole("button", { name: "确认办结" }).click();
  const reopen = page.getByRole("form", { name: "重新打开" });
  await expect(reopen.getByRole("status")).toHaveText("已按未完成办结。");
  // The reopening's reason is its own form's field, not the closing's.
  await expect(reopen.getByLabel("重新打开理由（必填）")).toHaveAttribute("id", "reopen-commitment-form-note");
  await expect(page.getByTestId("reopen-commitment-form")).toBeVisible();
  await expect(light).toHaveText("未完成办结");
  await expect(page.getByTestId("unmet-note")).toHaveText("选址调整，余下40个转入2024年实施。");

  // The official sees it closed, with no form to report on it.
  const officialPage = await (await browser.newContext()).newPage();
  await login(officialPage, official.loginName, official.password);
  await officialPage.goto(href);
  await expect(officialPage.getByRole("heading", { name: "未完成办结指标" })).toBeVisible();
  await expect(officialPage.locator("[data-light]").first()).toHaveText("未完成办结");
  await expect(officialPage.getByTestId("submit-update-form")).toHaveCount(0);

  await reopen.getByLabel("重新打开理由（必填）").fill("年底前已全部建成，数据补报后核验。");
  await reopen.getByRole("button", { name: "重新打开" }).click();
  await expect(page.getByRole("form", { name: "按未完成办结" }).getByRole("status")).toHaveText("已重新打开，状态恢复按审核通过的进度计算。");
  await expect(light).toHaveText("已逾期");
  await officialPage.reload();
  await expect(officialPage.getByTestId("submit-update-form")).toBeVisible();
  await officialPage.context().close();
});

test("a reading decided in another tab: the stale queue says which and why, and reads itself again", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "两个标签页审核", targetValue: 100, leadDepartmentId: department.id },
    { indicator: "仍待审核指标", targetValue: 100, leadDepartmentId: department.id },
  ]);
  const [reading, other] = await Promise.all(
    commitments.map((c) => db.progressUpdate.create({ data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 40, narrative: "完成40个" } })),
  );
  await login(page, reviewer.loginName, reviewer.password);
  const stale = await page.context().newPage();
  await stale.goto(`/review?department=${department.id}`);
  await expect(stale.getByRole("heading", { name: "待审核的进展（2）" })).toBeVisible();
  await page.goto(`/commitments/${commitments[0].id}`);
  await page.getByTestId(`review-update-${reading.id}`).getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已审核通过" })).toBeFocused();

  await stale.getByTestId(`review-update-${reading.id}`).getByRole("button", { name: "审核通过" }).click();
  const said = stale.getByRole("status").filter({ hasText: "两个标签页审核" });
  await expect(said).toHaveText("两个标签页审核：该进展已处理过（可能是其他审核员，或您在另一个标签页中处理的）。页面已按最新情况更新。");
  await expect(said).toBeFocused();
  // What the other tab decided is gone from this one, its counts with it; the rest is still there.
  await expect(stale.getByTestId(`review-update-${reading.id}`)).toHaveCount(0);
  await expect(stale.getByRole("heading", { name: "待审核的进展（1）" })).toBeVisible();
  await expect(stale.getByTestId(`review-update-${other.id}`).getByRole("button", { name: "审核通过" })).toBeEnabled();
  // A note being typed outlives the page being read again (the item may move to another page of
  // the queue): kept for the tab until the decision is sent.
  const note = stale.getByTestId(`review-update-${other.id}`).getByLabel(/审核意见/);
  await note.fill("请补充区县明细。");
  await stale.reload();
  await expect(note).toHaveValue("请补充区县明细。");
});

test("a reviewer takes back an approval found wrong: the reading goes back to its official with the note, and the figures fall back", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "撤回审核指标", targetValue: 100, leadDepartmentId: department.id }]);
  const c = commitments[0];
  const reading = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-09-30T00:00:00Z"), actualValue: 80, percent: 80, narrative: "完成80个", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: c.id }, data: { latestActual: 80, latestPercent: 80, latestAsOf: reading.asOf, latestUpdateId: reading.id } });
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${c.id}`);
  await expect(page.getByTestId("latest")).toContainText("80%");
  const item = page.getByTestId(`update-${reading.id}`);
  await item.getByText("撤回审核通过").click();
  const form = page.getByTestId(`revoke-approval-${reading.id}`);
  await form.getByLabel("撤回理由（必填，经办人可见）").fill("80个含去年已建成的，请按当年新增更正。");
  await form.getByRole("button", { name: "撤回并退回" }).click();
  await expect(item.getByRole("status")).toHaveText("已撤回审核通过，该进展已退回经办人。");
  await expect(item.getByRole("status")).toBeFocused();
  await expect(item).toHaveAttribute("data-state", "RETURNED");
  // Said to be a take-back, not a return of what was sent.
  await expect(item.locator("[data-state=RETURNED]").first()).toHaveText("审核通过后撤回");
  await expect(page.getByTestId(`update-${reading.id}-note`)).toHaveText("撤回理由：80个含去年已建成的，请按当年新增更正。");
  await expect(page.getByTestId("latest")).not.toContainText("80%");
});

test("a returned reading a later approved one stands over offers no resubmission (as my work no longer asks for it); a late report of an earlier day still does", async ({ page }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "已被取代的退回指标", targetValue: 100, leadDepartmentId: department.id }]);
  const c = commitments[0];
  const returned = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 40, narrative: "完成40个", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "请补充佐证", reviewedAt: new Date() },
  });
  const later = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-09-30T00:00:00Z"), actualValue: 80, percent: 80, narrative: "完成80个", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: new Date() },
  });
  // A late report of an earlier day, sent after the approved one and returned: still to answer.
  const lateReport = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-03-31T00:00:00Z"), actualValue: 20, narrative: "补报一季度", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "数据有误", reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: c.id }, data: { latestActual: 80, latestPercent: 80, latestAsOf: later.asOf, latestUpdateId: later.id } });
  // Returned, then reported again for a later day (waiting): answered by that reading, as my work reads it.
  const reportedAgain = await db.progressUpdate.create({
    data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-10-31T00:00:00Z"), actualValue: 85, narrative: "十月", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "口径不对", reviewedAt: new Date(Date.now() - 60_000) },
  });
  // Sent before the late report above was returned: already waiting then, it leaves that return to answer.
  await db.progressUpdate.create({ data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-11-30T00:00:00Z"), actualValue: 90, narrative: "十一月", createdAt: new Date(Date.now() - 30_000) } });
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${c.id}`);
  // Overtaken: said, and not offered.
  await expect(page.getByTestId(`update-${returned.id}-overtaken`)).toHaveText("已有更新的已审核进展，无需重新报送");
  await expect(page.getByTestId(`update-${returned.id}`).getByRole("link", { name: "修改后重新报送" })).toHaveCount(0);
  await expect(page.getByTestId(`update-${lateReport.id}`).getByRole("link", { name: "修改后重新报送" })).toBeVisible();
  await expect(page.getByTestId(`update-${lateReport.id}-overtaken`)).toHaveCount(0);
  await expect(page.getByTestId(`update-${reportedAgain.id}-overtaken`)).toHaveText("退回后已报送同日或更新的进展（待审核），无需重新报送");
  await expect(page.getByTestId(`update-${reportedAgain.id}`).getByRole("link", { name: "修改后重新报送" })).toHaveCount(0);
});

test("a reviewer presses a lagging commitment (催办); its official finds it in my work, answers it, and the reviewer reads the answer", async ({ page, browser }) => {
  const reviewer = await createUser({ role: "REVIEWER" });
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: "催办指标", targetValue: 100, latestPercent: 40, leadDepartmentId: department.id }]);
  const href = `/commitments/${commitments[0].id}`;
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(href);
  const send = page.getByTestId("send-reminder-form");
  await send.getByLabel(/催办事项/).fill("请于本月20日前报送三季度进展。");
  await send.getByRole("button", { name: "发出催办" }).click();
  const reminders = page.getByTestId("reminders");
  await expect(reminders.getByRole("status")).toHaveText("催办已发出。");
  await expect(reminders.getByRole("status")).toBeFocused();
  await expect(reminders).toContainText("待回复");
  await expect(page.getByTestId("send-reminder-form")).toHaveCount(0);
  // The reviewers' my work leads to the commitments a reminder waits on.
  await page.goto("/my-work");
  await page.getByRole("link", { name: /^催办未回复 \d+ 项$/ }).click();
  await expect(page).toHaveURL(/\/commitments\?reminder=waiting/);
  // Other specs' reminders may fill the first page: this report's list, filtered the same way.
  await page.goto(`/commitments?report=${report.id}&reminder=waiting`);
  await expect(page.getByTestId("commitment-row").filter({ hasText: "催办指标" })).toBeVisible();

  const officialPage = await (await browser.newContext()).newPage();
  await login(officialPage, official.loginName, official.password);
  await officialPage.goto("/my-work");
  const waiting = officialPage.getByTestId("open-reminders");
  await expect(waiting).toContainText("请于本月20日前报送三季度进展。");
  // Who pressed is a name in our sentence, marked as Chinese data.
  await expect(waiting.getByText(/ 于 .* 催办$/).locator('[lang="zh-CN"]')).toHaveText(reviewer.displayName);
  await waiting.getByRole("link", { name: "催办指标" }).click();
  await expect(officialPage).toHaveURL(new RegExp(`${href}#reminders$`));
  const answer = officialPage.getByTestId("reminders").getByRole("form", { name: "回复催办" });
  await answer.getByLabel(/回复/).fill("10月底前报送三季度数据。");
  await answer.getByRole("button", { name: "回复催办" }).click();
  await expect(officialPage.getByTestId("reminders").getByRole("status")).toHaveText("已回复。");
  await officialPage.goto("/my-work");
  await expect(officialPage.getByTestId("open-reminders")).toHaveCount(0);
  await officialPage.context().close();

  await page.goto(href);
  await expect(page.getByTestId("reminders")).toContainText("回复：10月底前报送三季度数据。");
  await expect(page.getByTestId("reminders").getByText(/ 于 .* 催办$/).locator('[lang="zh-CN"]')).toHaveText(reviewer.displayName);
  await expect(page.getByTestId("reminders").getByText(/ 于 .* 回复$/).locator('[lang="zh-CN"]')).toHaveText(official.displayName);
  // Answered: the commitment can be pressed again.
  await expect(page.getByTestId("send-reminder-form")).toBeVisible();
});

test("a reviewer cannot submit updates: no form, and the action refuses", async ({ page }) => {
  const department = await createDepartment();
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "审核员不可报送", leadDepartmentId: department.id }]);
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByRole("heading", { name: "审核员不可报送" })).toBeVisible();
  await expect(page.getByTestId("submit-update-form")).toHaveCount(0);
});

test("a planned fall says how to report it, and a reported fall counts towards it", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "单位生产总值能耗", comparator: "GROWTH", targetValue: -3, unit: "%", leadDepartmentId: department.id },
  ]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByTestId("target")).toContainText("下降 3%");
  const actual = page.getByTestId("submit-update-form").getByLabel(/实际完成值/);
  await expect(actual).toHaveAccessibleDescription(/目标为下降 3%：请填写增减幅度，下降填负数/);
  await submitUpdate(page, "-1.5", "上半年能耗下降1.5%。", false);
  const update = page.getByTestId(/^update-\d+$/).first();
  await expect(update).toContainText("-1.5%");
  await expect(update).toContainText("50%");
});

test("a figure far beyond its target is questioned as it is typed, may still be sent, and the reviewer is told before deciding", async ({ page, browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = await updateForm(page);
  const caution = form.getByTestId("implausible-typed");
  // 1,100 万亩 for 11: a slip of digits or of unit, most likely.
  await form.getByLabel(/实际完成值/).fill("1,100");
  await expect(caution).toHaveText("这个数值约为目标的 100 倍，请确认单位和位数无误（确认无误仍可提交）。");
  await form.getByLabel(/实际完成值/).fill("11");
  await expect(caution).toBeEmpty();
  await submitUpdate(page, "1100", "全市新增高标准农田1100万亩。", false);
  await expect(caution).toBeEmpty();

  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/review?department=${department.id}`);
  await expect(reviewerPage.getByTestId(/^review-item-\d+$/).getByTestId("implausible-reading")).toHaveText("上报值约为目标的 100 倍，请核对单位和位数后再审核。");
  await reviewerPage.goto(`/commitments/${commitments[0].id}`);
  await expect(reviewerPage.getByTestId(/^pending-\d+$/).getByTestId("implausible-reading")).toBeVisible();
});

test("a total smaller than the approved one is questioned as it is typed (for a later day), and the reviewer is told before deciding", async ({ page, browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: department.id }]);
  // 3万亩 approved as of June 30, and kept on the commitment as an approval keeps it.
  const approved = await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "3", percent: "27.27", narrative: "上半年新增3万亩。", state: "APPROVED", reviewedAt: new Date() },
  });
  await db.commitment.update({ where: { id: commitments[0].id }, data: { latestActual: "3", latestPercent: "27.27", latestAsOf: new Date("2023-06-30T00:00:00Z"), latestUpdateId: approved.id } });
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = await updateForm(page);
  const caution = form.getByTestId("implausible-typed");
  await form.getByLabel("数据截至日期").fill("2023-09-30");
  await form.getByLabel(/实际完成值/).fill("2.5");
  await expect(caution).toHaveText("低于已审核通过的 3万亩（截至 2023-06-30）：累计完成值一般不会减少，请核实是否填错或只填了本月数。");
  // An earlier day's figure may well be smaller; a larger one is no question.
  await form.getByLabel("数据截至日期").fill("2023-05-31");
  await form.getByLabel(/实际完成值/).fill("2.4");
  await expect(caution).toBeEmpty();
  await form.getByLabel("数据截至日期").fill("2023-09-30");
  await form.getByLabel(/实际完成值/).fill("4");
  await expect(caution).toBeEmpty();
  await submitUpdate(page, "2.5", "三季度新增2.5万亩。", false);

  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/review?department=${department.id}`);
  await expect(reviewerPage.getByTestId(/^review-item-\d+$/).getByTestId("falling-reading")).toHaveText("低于已审核通过的 3万亩（截至 2023-06-30）：累计完成值一般不会减少，请核实是否填错或只填了本月数。");
});

test("a reading a later approved one stands over says so before the reviewer decides on it (3000 typed, 300 sent as its correction the same day)", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园", targetValue: 500, leadDepartmentId: department.id }]);
  const reading = (actualValue: string, narrative: string) =>
    db.progressUpdate.create({ data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue, narrative } });
  const typo = await reading("3000", "全年建成3000个。");
  const correction = await reading("300", "更正：应为300个。");
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByTestId(`pending-${typo.id}`).getByTestId("superseded-reading")).toHaveCount(0);
  await page.getByTestId(`pending-${correction.id}`).getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByTestId(`pending-${correction.id}`)).toHaveCount(0);
  const caution = "已有截至 2023-12-31 的更新数据审核通过，本条通过后不会成为该目标任务的最新完成值（同日的两条以后提交的为准）。";
  await expect(page.getByTestId(`pending-${typo.id}`).getByTestId("superseded-reading")).toHaveText(caution);
  await expect(page.getByTestId(`pending-${typo.id}`).getByRole("button", { name: "审核通过" })).toHaveAccessibleDescription(new RegExp(caution));
  await page.goto(`/review?department=${department.id}`);
  await expect(page.getByTestId(`review-item-${typo.id}`).getByTestId("superseded-reading")).toHaveText(caution);
  await expect(page.getByRole("heading", { level: 3, name: "新建口袋公园" })).toBeVisible();
});

test("of two approved readings of one day, the timeline marks the one sent first as replaced and measures only the correction against an adjusted target", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园（同日两次通过）", targetValue: 500, leadDepartmentId: department.id }]);
  const c = commitments[0];
  const approvedReading = (actualValue: number, narrative: string) =>
    db.progressUpdate.create({
      data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue, percent: actualValue / 5, narrative, state: "APPROVED", reviewerId: reviewer.id, reviewedAt: new Date() },
    });
  const typo = await approvedReading(400, "全年建成400个。");
  const correction = await approvedReading(300, "更正：应为300个。");
  // An approved 调整 to 600个 since: the page measures approved readings against it too.
  await db.commitment.update({ where: { id: c.id }, data: { targetValue: 600, latestActual: 300, latestPercent: 50, latestAsOf: correction.asOf, latestUpdateId: correction.id } });
  await login(page, reviewer.loginName, reviewer.password);
  await page.goto(`/commitments/${c.id}`);
  await expect(page.getByTestId(`update-${typo.id}-superseded`)).toHaveText("已被当日后一次报送取代");
  await expect(page.getByTestId(`update-${correction.id}-superseded`)).toHaveCount(0);
  await expect(page.getByTestId(`update-${correction.id}-percent-now`)).toHaveText("（按调整后的目标计为 50%）");
  await expect(page.getByTestId(`update-${typo.id}-percent-now`)).toHaveCount(0);
});

test("an extension with a blank reason and a day before the current deadline is told both at once, in Chinese beside each field, not stopped by the browser", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园", targetValue: 300, leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const form = page.getByTestId("change-request-form");
  const deadline = form.getByLabel("申请的完成时限");
  const reason = form.getByLabel("申请理由");
  // Still announced as required, though the schema (not the browser) says so.
  await expect(reason).toHaveAttribute("required", "");
  await expect(form.getByLabel("申请类型")).toHaveValue("EXTEND_DEADLINE");
  // The days an extension may ask for are said under the field, as the picker offers them: the
  // deadline (2023-12-31) has passed, so from today to five years on.
  const today = todayIsoDay();
  const range = `可选 ${earliestExtension("2023-12-31", today)} 至 ${latestExtension("2023-12-31", today)} 之间的日期。`;
  expect(range).toMatch(new RegExp(`^可选 ${today} 至 ${Number(today.slice(0, 4)) + 5}-`));
  await expect(deadline).toHaveAccessibleDescription(range);
  await expect(deadline).toHaveAttribute("min", today);
  // Below the date input's min and an empty required reason: the browser would stop at the first.
  await deadline.fill("2023-10-01");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.locator("#change-proposedDeadline-error")).toHaveText("申请的完成时限须晚于现完成时限（2023-12-31）。");
  // Refused, the field is read with the days it may be and then what was wrong.
  await expect(deadline).toHaveAccessibleDescription(`${range} 申请的完成时限须晚于现完成时限（2023-12-31）。`);
  await expect(form.locator("#change-reason-error")).toHaveText("此项为必填项。");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await expect(deadline).toBeFocused();
  await expect(deadline).toHaveValue("2023-10-01");

  // Mended, it goes through (a day in the years an extension may reach).
  await deadline.fill(`${new Date().getFullYear() + 1}-06-30`);
  await reason.fill("征地手续延后，需延期至明年上半年。");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.getByRole("status")).toHaveText("申请已提交，等待督查审批。");
});

test("a refused change request names every mistake at once and keeps its kind: the fields shown are the ones sent, and the corrected request goes through", async ({ page, browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园", targetValue: 300, leadDepartmentId: department.id }]);
  // A reading approved against the first target: 130 of 300.
  const approved = await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "130", percent: "43.33", narrative: "已建成130个。", state: "APPROVED", reviewedAt: new Date() },
  });
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  await expect(page.getByTestId(`update-${approved.id}-percent-now`)).toHaveCount(0);
  const form = page.getByTestId("change-request-form");
  await form.getByLabel("申请类型").selectOption({ label: "调整目标" });
  // Two mistakes, one answer: a count below zero (the commitment's rule, read from the form's
  // hints) is named beside a blank reason, not in a second round; what was typed stays.
  await form.getByLabel(/调整后的目标值/).fill("-5");
  await form.getByLabel("申请理由").fill("   ");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.locator("#change-proposedValue-error")).toHaveText("调整后的目标不能小于 0：该目标是数量，不是增长率或比率。");
  await expect(form.locator("#change-reason-error")).toHaveText("此项为必填项。");
  await expect(form.getByLabel(/调整后的目标值/)).toHaveValue("-5");
  await expect(form.getByLabel("申请类型")).toHaveValue("ADJUST_TARGET");
  await form.getByLabel(/调整后的目标值/).fill("abc");
  await form.getByLabel("申请理由").fill("用地调整，部分公园改为体育公园。");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.locator("#change-proposedValue-error")).not.toBeEmpty();
  await expect(form.getByLabel("申请类型")).toHaveValue("ADJUST_TARGET");
  // 3000 for 300: questioned as it is typed, and the question goes once the figure is right.
  const caution = form.getByTestId("implausible-typed");
  await form.getByLabel(/调整后的目标值/).fill("3000");
  await expect(caution).toHaveText("新目标约为现目标的 10 倍，请确认单位和位数无误（确认无误仍可提交）。");
  await form.getByLabel(/调整后的目标值/).fill("260");
  await expect(caution).toBeEmpty();
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(form.getByRole("status")).toHaveText("申请已提交，等待督查审批。");
  await expect(page.getByText("现目标：≥ 300个 → 申请调整为：≥ 260个")).toBeVisible();

  // The reviewer approves it in the queue: it leaves the list, and the page says which and how.
  const request = await db.changeRequest.findFirstOrThrow({ where: { commitmentId: commitments[0].id, state: "PENDING" } });
  const reviewer = await createUser({ role: "REVIEWER" });
  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/review?department=${department.id}`);
  const decide = reviewerPage.getByTestId(`decide-change-${request.id}`);
  await decide.getByRole("button", { name: "批准", exact: true }).click();
  await expect(decide).toHaveCount(0);
  await expect(reviewerPage.getByRole("status").filter({ hasText: "已批准" })).toHaveText("已批准：新建口袋公园的调整目标申请");
  await reviewerPage.context().close();
  // The reading keeps the percent it was approved with, and says what it is against the new target.
  await page.reload();
  await expect(page.getByTestId(`update-${approved.id}`)).toContainText("完成率：43.33%");
  await expect(page.getByTestId(`update-${approved.id}-percent-now`)).toHaveText("（按调整后的目标计为 50%）");
});
