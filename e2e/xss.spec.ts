import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { seedDepartment } from "@/lib/seed/factories";
import { createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// Hostile content in every free-text field a user can fill or import. React must render all of
// it as text: the payload is readable on the page, no dialog opens, and none of its elements
// (img, script, svg, iframe, event-handler attributes) reaches the DOM.

/** Each payload carries a marker of its own, so the page's own elements never count as injected. */
const payloads = (tag: string) => ({
  displayName: `<img src=x onerror=alert(1)>${tag}`,
  department: `"><script id="s-${tag}">alert(1)</script>`,
  indicator: `<img src=x onerror=alert(2)>指标${tag}`,
  narrative: `<script id="n-${tag}">alert(3)</script>进展${tag}`,
  reviewNote: `"><svg id="v-${tag}" onload=alert(4)>退回${tag}`,
  reason: `<iframe id="f-${tag}" srcdoc="<script>alert(5)</script>"></iframe>延期${tag}`,
  reportTitle: `</title><script id="t-${tag}">alert(6)</script>报告${tag}`,
});
const INJECTED = `img[src="x"], script[id^="s-"], script[id^="n-"], script[id^="t-"], script[id^="u-"], svg[id^="v-"], svg[onload], iframe, [onerror], [onload]`;

async function watch(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** Opens `path`, then asserts the listed payloads show as text and nothing of any payload runs. */
async function visit(page: Page, dialogs: string[], path: string, visible: string[]) {
  await page.goto(path);
  await expect(page.getByTestId("current-user")).toBeVisible();
  for (const text of visible) await expect(page.getByText(text, { exact: false }).first(), `${text} on ${path}`).toBeVisible();
  expect(await page.locator(INJECTED).count(), `injected element on ${path}`).toBe(0);
  // Flight data legitimately carries the payload inside a string; an injected script *is* the payload's body.
  expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => /^alert\(\d\)$/.test(s.textContent?.trim() ?? "")).length)).toBe(0);
  expect(dialogs, `dialog on ${path}`).toEqual([]);
}

/** One commitment of a hostile department, with a submitted and a returned update and a pending change request. */
async function seedHostile() {
  const tag = randomUUID().slice(0, 8);
  const P = payloads(tag);
  const department = await seedDepartment(db, { name: P.department });
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id, displayName: P.displayName });
  const reviewer = await createUser({ role: "REVIEWER", displayName: `审核${tag}"><b>x</b>` });
  const { report, commitments } = await seedReportWithCommitments(db, [{ indicator: P.indicator, targetValue: 100, leadDepartmentId: department.id }]);
  const commitment = commitments[0];
  await db.report.update({ where: { id: report.id }, data: { title: P.reportTitle } });
  const asOf = new Date("2023-06-30T00:00:00Z");
  await db.progressUpdate.create({
    data: { commitmentId: commitment.id, authorId: official.id, asOf, actualValue: "30", percent: "30", narrative: `初报${tag}`, state: "RETURNED", reviewerId: reviewer.id, reviewNote: P.reviewNote, reviewedAt: new Date() },
  });
  // An earlier day's reading, waiting: the returned one stays on the official's to-do list (a
  // reading as of its day or later would overtake it).
  await db.progressUpdate.create({ data: { commitmentId: commitment.id, authorId: official.id, asOf: new Date("2023-05-31T00:00:00Z"), actualValue: "60", percent: "60", narrative: P.narrative } });
  await db.changeRequest.create({ data: { commitmentId: commitment.id, kind: "EXTEND_DEADLINE", requesterId: official.id, proposedDeadline: new Date("2024-06-30T00:00:00Z"), reason: P.reason } });
  return { P, department, official, reviewer, report, commitment };
}

test("the official's pages show hostile names, indicators, narratives, notes and reasons as text, and run none", async ({ page }) => {
  const { P, official, report, commitment } = await seedHostile();
  const dialogs = await watch(page);
  await login(page, official.loginName, official.password);
  await expect(page.getByTestId("current-user")).toContainText(P.displayName);
  await visit(page, dialogs, `/commitments?report=${report.id}`, [P.indicator]);
  await visit(page, dialogs, `/commitments/${commitment.id}`, [P.indicator, P.narrative, P.reviewNote, P.reason, P.department]);
  await visit(page, dialogs, "/my-work", [P.reviewNote]);
  await visit(page, dialogs, `/dashboard?report=${report.id}`, [P.department]);
});

test("the reviewer's queue, the commitment page and the report page show hostile content as text", async ({ page }) => {
  const { P, department, reviewer, report, commitment } = await seedHostile();
  const dialogs = await watch(page);
  await login(page, reviewer.loginName, reviewer.password);
  await visit(page, dialogs, `/review?department=${department.id}`, [P.indicator, P.narrative, P.reason, P.displayName]);
  await visit(page, dialogs, `/commitments/${commitment.id}`, [P.narrative, P.reviewNote, P.displayName]);
  // The report title also reaches <title>: it must not close it and run.
  await visit(page, dialogs, `/reports/${report.id}`, [P.reportTitle]);
});

test("the admin's user and department lists and the dashboard show hostile names as text", async ({ page }) => {
  const { P, report } = await seedHostile();
  const admin = await createUser({ role: "ADMIN" });
  const dialogs = await watch(page);
  await login(page, admin.loginName, admin.password);
  await visit(page, dialogs, `/admin/users?q=${encodeURIComponent(P.displayName)}`, [P.displayName]);
  await visit(page, dialogs, `/admin/departments?q=${encodeURIComponent(P.department)}`, [P.department]);
  await visit(page, dialogs, `/dashboard?report=${report.id}`, [P.department]);
});

test("a display name typed into the admin form and a narrative typed into the update form stay text", async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const department = await seedDepartment(db);
  const admin = await createUser({ role: "ADMIN" });
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: `表单${tag}`, targetValue: 100, leadDepartmentId: department.id }]);
  const dialogs = await watch(page);

  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "新建用户" });
  const loginName = `xss.${tag}`;
  const typedName = `<img src=x onerror=alert(7)>${tag}`;
  await form.getByLabel("登录名").fill(loginName);
  await form.getByLabel("姓名").fill(typedName);
  await form.getByLabel("初始密码").fill("long-enough-password");
  await form.getByLabel("角色").selectOption("VIEWER");
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByRole("status")).toHaveText("用户已创建。本人首次登录后须先修改密码。");
  await visit(page, dialogs, `/admin/users?q=${loginName}`, [typedName]);
  await expect(page.getByTestId(`user-${loginName}`)).toContainText(typedName);

  await page.context().clearCookies();
  await login(page, official.loginName, official.password);
  await page.goto(`/commitments/${commitments[0].id}`);
  const update = page.getByTestId("submit-update-form");
  await expect(update.getByRole("button", { name: "提交审核" })).toBeEnabled(); // typed once hydrated
  const typedNarrative = `"><script id="u-${tag}">alert(8)</script>${tag}`;
  await update.getByLabel(/实际完成值/).fill("10");
  await update.getByLabel(/进展情况说明/).fill(typedNarrative);
  await update.getByLabel("数据截至日期").fill("2023-12-01");
  await update.getByRole("button", { name: "提交审核" }).click();
  await expect(update.getByRole("status")).toHaveText("进展已提交，等待督查审核。");
  await visit(page, dialogs, `/commitments/${commitments[0].id}`, [typedNarrative]);
});
