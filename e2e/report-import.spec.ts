import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

const EXCERPT = path.join(import.meta.dirname, "fixtures", "luoyang-excerpt.txt");
/** The excerpt with its speaker's line (我代表洛阳市人民政府), encoded in GB18030. */
const GB18030_EXCERPT = path.join(import.meta.dirname, "..", "lib", "imports", "__fixtures__", "luoyang-excerpt.gb18030.txt");

/**
 * A new admin pastes the excerpt and lands on its review. The excerpt's text is also part of the
 * seeded Luoyang report, so it gets its own title line: a different text, hence a different
 * report, importable in every run.
 */
async function startExcerptImport(page: Page, testInfo: TestInfo) {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await pasteExcerpt(page, testInfo);
}

/** The excerpt imported again by the admin signed in, under a title line of its own. */
async function pasteExcerpt(page: Page, testInfo: TestInfo) {
  await page.goto("/reports/import");
  const text = (await readFile(EXCERPT, "utf8")).replace("政府工作报告", `政府工作报告（节选 ${testInfo.testId} ${Date.now()}）`);
  await page.getByLabel("或粘贴报告全文").fill(text);
  await page.getByLabel("发布机关").fill("洛阳市人民政府");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
}

test("an admin imports a real excerpt, edits one candidate, rejects one, and gets exactly the rest", async ({ page }, testInfo) => {
  await startExcerptImport(page, testInfo);
  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  const found = await candidates.count();
  expect(found).toBeGreaterThanOrEqual(15);

  // Edit the candidate for 年度完成投资 2600亿元: raise the target to 2700.
  const investment = candidates.filter({ hasText: "2600亿元" }).first();
  // The report states no day for it: the year's end is a default, said so for the admin to set.
  await expect(investment.getByTestId("candidate-deadline")).toHaveText("2023-12-31（报告未写明，默认年底）");
  await investment.getByRole("button", { name: "编辑" }).click();
  await page.getByTestId(/^editor-/).getByLabel("指标", { exact: true }).fill("年度完成投资（调整）");
  await page.getByTestId(/^editor-/).getByLabel("目标值").fill("2700");
  await investment.getByRole("button", { name: "完成" }).click();
  await expect(investment).toContainText("年度完成投资（调整）");

  // 城镇新增就业 ≥ 9 万人 made a range: what is shown and stored is its low and high, not the 9 it had.
  const jobs = candidates.filter({ hasText: "城镇新增就业" }).first();
  await jobs.getByRole("button", { name: "编辑" }).click();
  await page.getByTestId(/^editor-/).getByLabel("比较方式").selectOption({ label: "区间" });
  await expect(page.getByTestId(/^editor-/).getByLabel("目标值")).toHaveCount(0);
  await page.getByTestId(/^editor-/).getByLabel("下限").fill("10");
  await page.getByTestId(/^editor-/).getByLabel("上限").fill("12");
  await jobs.getByRole("button", { name: "完成" }).click();
  await expect(jobs).toContainText("10–12万人");

  // Splitting a candidate opens its copy for editing (two identical rows are only a start);
  // rejected, the copy is not imported.
  await candidates.filter({ hasText: "年度完成投资（调整）" }).first().getByRole("button", { name: "拆分" }).click();
  await expect(candidates).toHaveCount(found + 1);
  const copy = candidates.nth((await candidates.allTextContents()).findIndex((t) => t.includes("年度完成投资（调整）")) + 1);
  await expect(copy.getByRole("button", { name: "完成" })).toHaveAttribute("aria-expanded", "true");
  await copy.getByRole("button", { name: "剔除" }).click();

  // Reject the candidate for 进出口总值.
  const trade = candidates.filter({ hasText: "进出口总值" }).first();
  // Each row's buttons say which row they act on (their names repeat on every row).
  await expect(trade.getByRole("button", { name: "剔除" })).toHaveAccessibleDescription(/进出口总值/);
  await expect(trade.getByRole("button", { name: "编辑" })).toHaveAttribute("aria-expanded", "false");
  await trade.getByRole("button", { name: "剔除" }).click();
  await expect(trade).toHaveAttribute("data-rejected", "true");

  // The review lives in the page until accepted: closing the tab asks first (and staying keeps it).
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  await expect(trade).toHaveAttribute("data-rejected", "true");
  // So does a link of the app's own menu, which navigates without unloading the page.
  // (The click returns only once the dialog is answered: it is answered as it opens.)
  const url = page.url();
  const asks: string[] = [];
  page.once("dialog", (d) => {
    asks.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "目标任务" }).click();
  expect(asks).toEqual(["confirm: 本次导入的审核尚未完成，所做的修改还没有导入。确定离开吗？"]);
  expect(page.url()).toBe(url);
  await expect(trade).toHaveAttribute("data-rejected", "true");

  // What was done so far is kept in this browser: a reload (asked about, and confirmed) gives it back.
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page.getByTestId("restored-note")).toContainText("已恢复本浏览器于");
  await expect(candidates).toHaveCount(found + 1);
  await expect(trade).toHaveAttribute("data-rejected", "true");
  await expect(candidates.filter({ hasText: "年度完成投资（调整）" }).first()).toContainText("2700亿元");

  // The excerpt may be a copy of the seeded Luoyang report (its year and issuer): importing asks
  // first, naming it; the answer that changes nothing has the focus, and Escape is that answer.
  const gdp = candidates.filter({ hasText: "地区生产总值" }).first();
  await gdp.getByRole("button", { name: "编辑" }).click();
  await page.getByTestId(/^editor-/).getByLabel("目标值").fill("");
  await gdp.getByRole("button", { name: "完成" }).click();
  const importButton = page.getByRole("button", { name: `确认导入 ${found - 1} 项目标任务` });
  await importButton.click();
  const copyQuestion = page.getByRole("group", { name: /^本次导入可能是已导入的.*“洛阳市 2023 政府工作报告”.*的副本，仍要导入吗？$/ });
  await expect(copyQuestion).toHaveAccessibleDescription(/两份报告会同时存在/);
  await expect(copyQuestion.getByRole("button", { name: "取消" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(copyQuestion).toHaveCount(0);
  await expect(importButton).toBeFocused();
  await importButton.click();
  await copyQuestion.getByRole("button", { name: `仍然导入 ${found - 1} 项` }).click();

  // A target left empty (the GDP's) is refused by the server: the row opens, its field takes the
  // focus, and the message names it (not only "please correct" above a list of candidates).
  await expect(page.getByRole("alert").filter({ hasText: "需要修改" })).toHaveText("有 1 项目标任务需要修改，已打开第一项“地区生产总值”。请按提示修改后再导入。");
  await expect(page.getByTestId(/^editor-/).getByLabel("目标值")).toBeFocused();
  await page.getByTestId(/^editor-/).getByLabel("目标值").fill("7");
  // Answered once, the question is not asked again on the next attempt.
  await importButton.click();
  // The new report's page confirms how many were imported and links to them.
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);
  const reportId = Number(new URL(page.url()).pathname.split("/").at(-1));
  await expect(page.getByRole("status").filter({ hasText: "已导入" })).toContainText(`已导入 ${found - 1} 项目标任务。`);
  // Each commitment's sentence in the report links to the commitment.
  await expect(page.locator("mark.quote a").first()).toHaveAttribute("href", /^\/commitments\/\d+$/);
  await page.getByRole("link", { name: "查看本报告的目标任务", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/commitments\\?report=${reportId}(?:&|$)`));

  const stored = await db.commitment.findMany({ where: { reportId }, select: { indicator: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, quote: true } });
  expect(stored).toHaveLength(found - 1);
  expect(stored.find((c) => c.indicator === "年度完成投资（调整）")?.targetValue?.toString()).toBe("2700");
  const storedJobs = stored.find((c) => c.indicator === "城镇新增就业");
  expect([storedJobs?.comparator, storedJobs?.targetValue, storedJobs?.targetMin?.toString(), storedJobs?.targetMax?.toString()]).toEqual(["RANGE", null, "10", "12"]);
  expect(stored.some((c) => c.quote.includes("进出口总值"))).toBe(false);
  await expect(page.getByTestId("commitment-row")).toHaveCount(found - 1);
  await expect(page.getByTestId("commitment-row").filter({ hasText: "年度完成投资（调整）" })).toContainText("2700亿元");
  await expect(page.getByTestId("commitment-row").filter({ hasText: "城镇新增就业" })).toContainText("10–12万人");
  // Imported, the draft's saved edits are dropped from the browser by the import page.
  await page.goto("/reports/import");
  await expect.poll(() => savedReviews(page)).toEqual([]);
});

test("a deadline before the report's year and a count below zero are said on their row as they are typed, and accepting waits for them", async ({ page }, testInfo) => {
  await startExcerptImport(page, testInfo);
  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  const found = await candidates.count();
  // A row rejected before it does not renumber the rows after it: each is named as it is listed.
  const trade = candidates.filter({ hasText: "进出口总值" }).first();
  await trade.getByRole("button", { name: "剔除" }).click();
  await expect(trade).toHaveAttribute("data-rejected", "true");
  const investment = candidates.filter({ hasText: "2600亿元" }).first();
  const listed = (await candidates.allTextContents()).findIndex((t) => t.includes("2600亿元")) + 1;
  await expect(investment.getByTestId("candidate-number")).toHaveText(`第 ${listed} 项`);
  await investment.getByRole("button", { name: "编辑" }).click();
  const editor = page.getByTestId(/^editor-/);
  await editor.getByLabel("完成时限").fill("2019-01-01");
  await expect(editor.getByLabel("完成时限")).toHaveAttribute("aria-invalid", "true");
  // Named as the extractor names it since it takes the name's whose from the clause before (实施388个10亿元以上重大项目，年度完成投资…).
  const tooEarly = `第 ${listed} 项“10亿元以上重大项目年度完成投资”：完成时限 2019-01-01 早于报告年度 2023 年的 1 月 1 日，请改正。`;
  // Said once, beside the field being typed in (its description, not part of its name); the
  // row's summary leaves it to the open editor.
  await expect(editor.getByLabel("完成时限")).toHaveAccessibleDescription(tooEarly);
  await expect(editor.getByLabel("完成时限")).toHaveAccessibleName("完成时限");
  await editor.getByLabel("目标值").fill("-5");
  await expect(editor.getByLabel("目标值")).toHaveAccessibleDescription(/目标值 -5 不能为负数/);
  await expect(investment.getByRole("alert")).toHaveCount(0);
  await expect(investment.getByText(tooEarly)).toHaveCount(1);
  await investment.getByRole("button", { name: "完成" }).click();
  // Closed, the row's summary says both.
  await expect(investment.getByRole("alert")).toContainText(tooEarly);
  await expect(investment.getByRole("alert")).toContainText("目标值 -5 不能为负数");

  // Held back in the browser: the row opens again and the answer names it.
  await page.getByRole("button", { name: `确认导入 ${found - 1} 项目标任务` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "需要修改" })).toHaveText(/^有 1 项目标任务需要修改，已打开第一项“.+”。请按提示修改后再导入。$/);
  await expect(investment.getByRole("button", { name: "完成" })).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
  // Corrected, the row says nothing more, nor does the answer above the list.
  await editor.getByLabel("完成时限").fill("2023-12-31");
  await editor.getByLabel("目标值").fill("2600");
  await expect(investment.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "需要修改" })).toHaveCount(0);
});

test("edits given back after a reload can be dropped, to start again from what was found", async ({ page }, testInfo) => {
  await startExcerptImport(page, testInfo);
  const trade = page.getByTestId("candidate").filter({ hasText: "进出口总值" }).first();
  await trade.getByRole("button", { name: "剔除" }).click();
  await expect(trade).toHaveAttribute("data-rejected", "true");

  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(trade).toHaveAttribute("data-rejected", "true");
  // Given back, they are not saved again as if just made: the note keeps telling when they were.
  const savedAt = () => page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("duban:import-review:"))?.[1].match(/"savedAt":"([^"]+)"/)?.[1]);
  const first = await savedAt();
  expect(first).toBeTruthy();
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page.getByTestId("restored-note")).toBeVisible();
  expect(await savedAt()).toBe(first);
  // Dropping them asks first.
  await page.getByRole("button", { name: "放弃这些编辑，从识别结果重新开始" }).click();
  await page.getByRole("group", { name: "放弃恢复的编辑吗？此操作不能撤销。" }).getByRole("button", { name: "取消" }).click();
  await expect(trade).toHaveAttribute("data-rejected", "true");
  await page.getByRole("button", { name: "放弃这些编辑，从识别结果重新开始" }).click();
  await page.getByRole("button", { name: "放弃编辑", exact: true }).click();
  await expect(page.getByTestId("restored-note")).toHaveCount(0);
  // The note's button is gone with it: the focus is on the line that says what happened.
  await expect(page.getByTestId("started-again-note")).toBeFocused();
  await expect(page.getByTestId("started-again-note")).toHaveText("已放弃恢复的编辑，恢复为最初的识别结果。");
  await expect(trade).toHaveAttribute("data-rejected", "false");
  // Nothing is kept any more: the next visit starts from the extractor's candidates.
  expect(await savedReviews(page)).toEqual([]);

  // Signing out leaves nothing of the review for the next user of the browser.
  await trade.getByRole("button", { name: "剔除" }).click();
  await expect.poll(() => savedReviews(page)).toHaveLength(1);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await savedReviews(page)).toEqual([]);
});

const savedReviews = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("duban:import-review:")));

test("an excerpt of a report already imported is said to be perhaps a copy of it; discarded, it is gone, and the import page says so", async ({ page }, testInfo) => {
  await startExcerptImport(page, testInfo);
  const draftUrl = page.url();
  // The seeded Luoyang report: the same year and issuer. A warning, named and linked, not a refusal.
  const similar = page.getByRole("note").filter({ hasText: "的副本" });
  await expect(similar).toContainText("已经导入过同一年度、同一发布机关或同一标题的报告");
  await expect(similar.getByRole("link", { name: "洛阳市 2023 政府工作报告", exact: true })).toHaveAttribute("href", /^\/reports\/\d+$/);
  await expect(similar).toContainText(/洛阳市 2023 政府工作报告（\d{4}-\d{2}-\d{2} [\d:]+ 导入，\d+ 项目标任务）/);
  await expect(similar).toContainText("请放弃本次导入");

  // Imported again (a character apart) while the first waits for review: that draft is named too, linked.
  await pasteExcerpt(page, testInfo);
  const waiting = page.getByRole("note").filter({ hasText: "正在等待审核" });
  await expect(waiting).toContainText("还有同一年度、同一发布机关或同一标题的导入正在等待审核");
  const linkToFirst = `a[href="${new URL(draftUrl).pathname}"]`;
  const firstDraft = waiting.locator(linkToFirst);
  // (Without " 2023 " when the title line's own tag happens to hold the year: reportName leaves it out then.)
  await expect(firstDraft).toHaveText(/^洛阳市 (2023 )?政府工作报告（节选 .+）$/);
  await expect(waiting.getByRole("listitem").filter({ has: page.locator(linkToFirst) })).toHaveText(/（\d{4}-\d{2}-\d{2} [\d:]+ 开始导入，尚待审核）$/);
  await expect(waiting).toContainText("请只审核其中一份");
  await page.getByRole("button", { name: "放弃本次导入" }).click();
  await page.getByRole("button", { name: "确认放弃" }).click();
  await expect(page).toHaveURL(/\/reports\/import\?discarded=1$/);
  await page.goto(draftUrl);

  await page.getByRole("button", { name: "放弃本次导入" }).click();
  await page.getByRole("button", { name: "确认放弃" }).click();
  await expect(page).toHaveURL(/\/reports\/import\?discarded=1$/);
  await expect(page.getByRole("status").filter({ hasText: "已放弃该导入" })).toHaveText("已放弃该导入，其中的内容均未导入。");
  await page.goto(draftUrl);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("importing something that is not a report explains why, in Chinese, and keeps the form", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  await page.getByLabel("或粘贴报告全文").fill("今天天气很好。我们去公园玩，看到了100只鸽子。");
  await page.getByLabel("发布机关").fill("某机关");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page.locator("#text-error")).toContainText("未能识别为政府工作报告");
  await expect(page.getByLabel("发布机关")).toHaveValue("某机关");
  await expect(page.getByLabel("或粘贴报告全文")).toHaveValue("今天天气很好。我们去公园玩，看到了100只鸽子。");
});

test("a file that is not a report is refused beside the file field, and stays chosen", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  const file = page.getByLabel("上传 .txt 文件");
  await file.setInputFiles({ name: "通知.txt", mimeType: "text/plain", buffer: Buffer.from("今天天气很好。我们去公园玩，看到了100只鸽子。") });
  await page.getByLabel("发布机关").fill("某机关");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page.locator("#file-error")).toContainText("未能识别为政府工作报告");
  await expect(page.locator("#text-error")).toHaveText("");
  // The file is still chosen and its text was not poured into the paste box.
  expect(await file.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe("通知.txt");
  await expect(page.getByLabel("或粘贴报告全文")).toHaveValue("");
});

test("a report saved in GBK (GB18030), as Notepad saves it on a Chinese Windows, is read as its Chinese text: its issuer filled in, its commitments found", async ({ page }, testInfo) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  // Its own last line in letters (ASCII is the same in GB18030): a text of its own in every run.
  const tag = `${testInfo.testId}${Date.now()}`.replace(/\d/g, (d) => "abcdefghij"[Number(d)]);
  const buffer = Buffer.concat([await readFile(GB18030_EXCERPT), Buffer.from(`\n${tag}\n`)]);
  await page.getByLabel("上传 .txt 文件").setInputFiles({ name: "洛阳市政府工作报告.txt", mimeType: "text/plain", buffer });
  // Read in the browser as the server will read it: the issuer comes from 我代表洛阳市人民政府.
  await expect(page.getByRole("textbox", { name: "发布机关（必填）" })).toHaveValue("洛阳市人民政府");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
  await expect(page.getByTestId("candidate").filter({ hasText: "2600亿元" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "报告原文" })).toContainText("实施388个10亿元以上重大项目");
  await page.getByRole("button", { name: "放弃本次导入" }).click();
  await page.getByRole("button", { name: "确认放弃" }).click();
  await expect(page).toHaveURL(/\/reports\/import\?discarded=1$/);
});

test("the same draft in two tabs: each says when the other saved, and takes or overrides its edits", async ({ page }, testInfo) => {
  await startExcerptImport(page, testInfo);
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByTestId("candidate-review")).toHaveAttribute("data-hydrated", "true");
  const trade = (p: Page) => p.getByTestId("candidate").filter({ hasText: "进出口总值" }).first();

  // An edit here is saved (after a pause) and heard there.
  await trade(page).getByRole("button", { name: "剔除" }).click();
  const note = other.getByTestId("other-tab-note");
  await expect(note).toContainText("本浏览器的另一个标签页也在审核这份草稿");
  await expect(trade(other)).toHaveAttribute("data-rejected", "false");
  // That tab edits on before answering, and its save replaces this one's: taken, this tab's
  // edits are still what the note announced (and saved again).
  // Read in the tab that wrote last: another tab's copy of localStorage catches up asynchronously
  // (a read in this tab right after that tab's write could still see the value before it).
  const savedIn = (p: Page) => p.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith("duban:import-review:"))?.[1] ?? "");
  const saved = () => savedIn(page);
  const rejectedCount = async () => JSON.parse(await saved()).rows.filter((r: { rejected: boolean }) => r.rejected).length;
  const announced = JSON.parse(await saved()).savedAt;
  const firstOther = other.getByTestId("candidate").filter({ hasNotText: "进出口总值" }).first();
  await firstOther.getByRole("button", { name: "剔除" }).click();
  await expect.poll(async () => JSON.parse(await saved()).savedAt).not.toBe(announced);
  await note.getByRole("button", { name: "改用另一个标签页的编辑" }).click();
  await expect(trade(other)).toHaveAttribute("data-rejected", "true");
  await expect(firstOther).toHaveAttribute("data-rejected", "false");
  expect(JSON.parse(await savedIn(other)).savedAt).toBe(announced);
  await expect(note).toHaveCount(0);
  // The answer is said where the question was, with the focus (the button pressed is gone).
  await expect(other.getByText("已改用另一个标签页的编辑。")).toBeFocused();

  // The other way round: that tab keeps its own edits, saved over these at once.
  await trade(other).getByRole("button", { name: "恢复" }).click();
  await expect.poll(rejectedCount).toBe(0);
  const back = page.getByTestId("other-tab-note");
  await expect(back).toBeVisible();
  await back.getByRole("button", { name: "保留本页的编辑" }).click();
  await expect(back).toHaveCount(0);
  await expect(page.getByText(/^已保留本页的编辑/)).toBeFocused();
  await expect(trade(page)).toHaveAttribute("data-rejected", "true");
  await expect(other.getByTestId("other-tab-note")).toBeVisible();
  expect(await rejectedCount()).toBe(1);
});

test("an admin deletes a report imported by mistake, asked first, and lands on the list of reports", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "误导入的指标" }]);
  await login(page, admin.loginName, admin.password);
  await page.goto(`/reports/${report.id}`);
  const form = page.getByRole("form", { name: "删除报告" });
  await form.getByRole("button", { name: "删除报告" }).click();
  // The answer that changes nothing has the focus; then the admin confirms.
  await expect(form.getByRole("button", { name: "取消" })).toBeFocused();
  await form.getByRole("button", { name: "确认删除" }).click();
  await expect(page).toHaveURL(/\/reports\?deleted=1$/);
  // The button pressed went with its page: the focus is on what happened.
  await expect(page.getByText("报告已删除。")).toBeFocused();
  await expect(page.getByRole("link", { name: new RegExp(report.title) })).toHaveCount(0);
  expect((await page.goto(`/reports/${report.id}`))?.status()).toBe(404);
});

test("an admin corrects a report's title; a field left empty is refused beside it and the typed issuer kept", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const { report } = await seedReportWithCommitments(db, [{ indicator: "待改名报告的指标" }]);
  // Its own title: the reports list of a database this spec ran on before holds the last one's.
  const corrected = `洛阳市2023年政府工作报告（更正 ${report.id}）`;
  await login(page, admin.loginName, admin.password);
  await page.goto(`/reports/${report.id}`);
  await page.getByText("修改报告信息", { exact: true }).click();
  const form = page.getByRole("form", { name: "修改报告信息" });
  await form.getByLabel("报告标题").fill("");
  await form.getByLabel("发布机关").fill("洛阳市人民政府办公室");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("此项为必填项。")).toBeVisible();
  await expect(form.getByLabel("发布机关")).toHaveValue("洛阳市人民政府办公室");
  await form.getByLabel("报告标题").fill(corrected);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("报告信息已保存。")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(corrected);
  await page.goto("/reports");
  await expect(page.getByRole("link", { name: corrected })).toBeVisible();
});

test("a report someone has worked on says why it can no longer be deleted, and offers no button", async ({ page }) => {
  const admin = await createUser({ role: "ADMIN" });
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: "已办理的指标" }]);
  await db.commitment.update({ where: { id: commitments[0].id }, data: { status: "WITHDRAWN" } });
  await login(page, admin.loginName, admin.password);
  await page.goto(`/reports/${report.id}`);
  await expect(page.getByTestId("delete-report-blocked")).toContainText("已核验/办结/撤销 1 项");
  await expect(page.getByRole("button", { name: "删除报告" })).toHaveCount(0);
});
