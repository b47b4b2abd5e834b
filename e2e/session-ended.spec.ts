import { expect, test, type Locator, type Page } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// QA: a session ended (signed out in another tab, past its lifetime, the cookie cleared) before
// the form was sent, and the action's POST was redirected to the login page: the whole page gave
// way to the error page, everything typed lost. Now the form says so, keeps what was typed, and
// signing in again in a new tab lets it be sent as it is.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const ENDED = "登录已失效，本次操作未执行。请重新登录后回到本页再试。 在新标签页中重新登录";

/** The form's answer to a session ended: said, the focus on it, the page still this one. */
async function expectSessionEnded(page: Page, form: Locator) {
  const answer = form.getByRole("alert");
  await expect(answer).toHaveText(ENDED);
  await expect(answer).toBeFocused();
  await expect(page.getByRole("heading", { name: /页面暂时无法显示/ })).toHaveCount(0);
}

/** Signs in again through the answer's link, in the new tab it opens, which lands on `back`; then closes it. */
async function signInAgainInNewTab(page: Page, form: Locator, user: { loginName: string; password: string }, back: string) {
  const link = form.getByRole("link", { name: "在新标签页中重新登录" });
  await expect(link).toHaveAttribute("target", "_blank");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await expect(tab.getByTestId("session-ended")).toBeVisible();
  await tab.getByLabel("登录名").fill(user.loginName);
  await tab.getByLabel("密码").fill(user.password);
  await tab.getByRole("button", { name: "登录" }).click();
  await expect(tab.getByTestId("current-user")).toBeVisible();
  expect(new URL(tab.url()).pathname + new URL(tab.url()).search).toBe(back);
  await tab.close();
}

test("an official's progress report and extension request sent after the session ended keep what was typed, and go through once signed in again", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建城市书房", targetValue: 100, leadDepartmentId: department.id }]);
  const commitment = commitments[0];
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitment.id}`);

  const update = page.getByTestId("submit-update-form");
  await expect(update.getByRole("button", { name: "提交审核" })).toBeEnabled();
  await update.getByLabel("数据截至日期").fill("2023-12-01");
  await update.getByLabel(/实际完成值/).fill("60");
  await update.getByLabel(/进展情况说明/).fill("已建成60个城市书房。");
  await update.getByLabel("佐证材料").setInputFiles({ name: "验收报告.pdf", mimeType: "application/pdf", buffer: PDF });
  const change = page.getByTestId("change-request-form");
  const nextYear = `${new Date().getFullYear() + 1}-06-30`;
  await change.getByLabel("申请的完成时限").fill(nextYear);
  await change.getByLabel("申请理由").fill("征地手续延后，需延期至明年上半年。");

  // Signed out meanwhile (another tab, the idle limit: the cookie is gone).
  await page.context().clearCookies();
  await update.getByRole("button", { name: "提交审核" }).click();
  await expectSessionEnded(page, update);
  await expect(update.getByLabel("数据截至日期")).toHaveValue("2023-12-01");
  await expect(update.getByLabel(/实际完成值/)).toHaveValue("60");
  await expect(update.getByLabel(/进展情况说明/)).toHaveValue("已建成60个城市书房。");
  expect(await update.getByLabel("佐证材料").evaluate((input: HTMLInputElement) => Array.from(input.files ?? [], (f) => f.name))).toEqual(["验收报告.pdf"]);
  await change.getByRole("button", { name: "提交申请" }).click();
  await expectSessionEnded(page, change);
  await expect(change.getByLabel("申请类型")).toHaveValue("EXTEND_DEADLINE");
  await expect(change.getByLabel("申请的完成时限")).toHaveValue(nextYear);
  await expect(change.getByLabel("申请理由")).toHaveValue("征地手续延后，需延期至明年上半年。");
  expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  expect(await db.changeRequest.count({ where: { commitmentId: commitment.id } })).toBe(0);

  // Signed in again in a new tab, back here both are sent as they stand.
  await signInAgainInNewTab(page, change, official, `/commitments/${commitment.id}`);
  await update.getByRole("button", { name: "提交审核" }).click();
  await expect(update.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
  await change.getByRole("button", { name: "提交申请" }).click();
  await expect(change.getByRole("status")).toHaveText("申请已提交，等待督查审批。");
  const [sent] = await db.progressUpdate.findMany({ where: { commitmentId: commitment.id }, include: { evidence: true } });
  expect([sent.actualValue?.toString(), sent.narrative, sent.evidence.map((e) => e.fileName)]).toEqual(["60", "已建成60个城市书房。", ["验收报告.pdf"]]);
  expect(await db.changeRequest.count({ where: { commitmentId: commitment.id, reason: "征地手续延后，需延期至明年上半年。" } })).toBe(1);
});

test("a reviewer's return note survives a refusal for an ended session and a reload, and is dropped once the return went through", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "新建口袋公园", targetValue: 300, leadDepartmentId: department.id }]);
  const waiting = await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-09-30T00:00:00Z"), actualValue: "120", percent: "40", narrative: "已建成120个。", state: "SUBMITTED" },
  });
  await login(page, reviewer.loginName, reviewer.password);
  const queue = `/review?department=${department.id}`;
  await page.goto(queue);
  const item = page.getByTestId(`review-item-${waiting.id}`);
  await expect(item.getByRole("button", { name: "退回" })).toBeEnabled();
  await item.getByLabel(/审核意见/).fill("请补充区县明细。");

  await page.context().clearCookies();
  await item.getByRole("button", { name: "退回" }).click();
  await expectSessionEnded(page, item);
  await expect(item.getByLabel(/审核意见/)).toHaveValue("请补充区县明细。");
  expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: waiting.id } })).state).toBe("SUBMITTED");

  // Signed in again, the queue read again in this tab still holds the note kept for it.
  await signInAgainInNewTab(page, item, reviewer, queue);
  await page.reload();
  await expect(item.getByLabel(/审核意见/)).toHaveValue("请补充区县明细。");
  await item.getByRole("button", { name: "退回" }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "已退回" })).toHaveText("已退回：新建口袋公园");
  expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ state: "RETURNED", reviewNote: "请补充区县明细。" });
  // Sent, the note is the decision's: nothing of it is kept for the tab.
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("duban:decision-note:")))).toEqual([]);
});

/** Two reviewers and a reading waiting in the queue; the first has typed a return note in `page`. */
async function noteTypedByAReviewer(page: Page, indicator: string, note: string) {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const [first, next] = [await createUser({ role: "REVIEWER" }), await createUser({ role: "REVIEWER" })];
  const { commitments } = await seedReportWithCommitments(db, [{ indicator, targetValue: 50, leadDepartmentId: department.id }]);
  const waiting = await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-09-30T00:00:00Z"), actualValue: "20", percent: "40", narrative: "已建成20个。", state: "SUBMITTED" },
  });
  const queue = `/review?department=${department.id}`;
  await login(page, first.loginName, first.password);
  await page.goto(queue);
  const item = page.getByTestId(`review-item-${waiting.id}`);
  await expect(item.getByRole("button", { name: "退回" })).toBeEnabled();
  await item.getByLabel(/审核意见/).fill(note);
  return { next, queue, item };
}

/** The next reviewer signs in in the same tab and finds the item's note empty, nothing kept. */
async function nextReviewerFindsNoNote(page: Page, { next, queue, item }: Awaited<ReturnType<typeof noteTypedByAReviewer>>) {
  await login(page, next.loginName, next.password);
  await page.goto(queue);
  await expect(item.getByRole("button", { name: "退回" })).toBeEnabled();
  await expect(item.getByLabel(/审核意见/)).toHaveValue("");
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("duban:decision-note:")))).toEqual([]);
}

test("a reviewer's note being typed is not left in the tab for the next person who signs in there", async ({ page }) => {
  const scene = await noteTypedByAReviewer(page, "新建社区食堂", "仅供本人参考的草稿意见。");
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/login/);
  await nextReviewerFindsNoNote(page, scene);
});

test("a reviewer's note left in a tab whose session ended is not shown to the next reviewer who signs in there", async ({ page }) => {
  const scene = await noteTypedByAReviewer(page, "新建托育机构", "未发出的意见。");
  // Not signed out here: the session ended (or was signed out in another tab).
  await page.context().clearCookies();
  await nextReviewerFindsNoNote(page, scene);
});

test("a progress sheet uploaded after the session ended stays chosen, and is read once signed in again", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  await seedReportWithCommitments(db, [{ indicator: "批量报送丙", targetValue: 10, leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto("/bulk-updates");
  const form = page.getByRole("form", { name: "批量报送进展" });
  const sheet = form.getByLabel("上传填好的填报表");
  await sheet.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("三季度进展") });

  await page.context().clearCookies();
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  await expectSessionEnded(page, form);
  expect(await sheet.evaluate((input: HTMLInputElement) => Array.from(input.files ?? [], (f) => f.name))).toEqual(["notes.txt"]);

  await signInAgainInNewTab(page, form, official, "/bulk-updates");
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  // Read now, and answered for what it is.
  await expect(form.locator("#sheet-error")).toHaveText("无法读取该文件：请上传从本系统下载的 Excel 填报表（.xlsx）。");
});
