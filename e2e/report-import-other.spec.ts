import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { todayIsoDay } from "@/lib/time/today";
import { createUser, db } from "./support/db";
import { importLikelyCopy, startExcerptReview } from "./support/import-review";
import { login } from "./support/login";

const BEIJING = path.join(import.meta.dirname, "..", "lib", "extract", "__fixtures__", "beijing-2025.txt");

/**
 * A new admin pastes Beijing's 2025 report into this instance (which holds Luoyang's, seeded), under
 * a title line of its own (importable in every run), its issuer filled in from the text, and lands
 * on its review. The government it speaks for is named afresh in every run (北京·<run>市人民政府):
 * the integration suite, before this one on the same database, imports Beijing's report itself,
 * which would make Beijing's issuer one of this instance's.
 */
async function startBeijingReview(page: Page, testInfo: TestInfo): Promise<string> {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  const issuer = `北京${Date.now().toString(36).slice(-4)}市人民政府`;
  const text = (await readFile(BEIJING, "utf8"))
    .replace("2025年北京市政府工作报告", `2025年北京市政府工作报告（${testInfo.testId} ${Date.now()}）`)
    .replace("我代表北京市人民政府", `我代表${issuer}`);
  // The issuer is required, and filled in from the text pasted ("我代表北京市人民政府"), for the admin to check.
  const issuerField = page.getByRole("textbox", { name: "发布机关（必填）" });
  await expect(issuerField).toHaveAttribute("required", "");
  await expect(issuerField).toHaveValue("");
  await page.getByLabel("或粘贴报告全文").fill(text);
  await expect(issuerField).toHaveValue(issuer);
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
  await expect(page.getByTestId("candidate-review")).toHaveAttribute("data-hydrated", "true");
  return issuer;
}

test("another government's past report: the review says it is another issuer's, fills in no lead from this instance's departments, and says how many deadlines are past", async ({ page }, testInfo) => {
  const issuer = await startBeijingReview(page, testInfo);
  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  const found = await candidates.count();
  expect(found).toBe(61);

  await expect(page.getByTestId("other-issuer")).toContainText(`该报告的发布机关（${issuer}）与已导入的报告（洛阳市人民政府`);
  await expect(page.getByTestId("other-issuer")).toContainText("建议的牵头单位取自本系统的部门名单，已不预先填写，请逐项指定。");
  // Not one of Luoyang's departments put on Beijing's tasks.
  await expect(page.getByTestId("no-lead-note")).toContainText(`有 ${found} 项尚未指定牵头单位`);

  // Every deadline of 2025 is past today: said before accepting, with the day it is counted on.
  await expect(page.getByTestId("past-deadlines-note")).toHaveText(`${found} 项目标任务的完成时限已过（截至 ${todayIsoDay()}）：导入后将显示为已逾期，并出现在责任部门的待办中。`);
  // A row rejected is not counted.
  await candidates.first().getByRole("button", { name: "剔除" }).click();
  await expect(page.getByTestId("past-deadlines-note")).toContainText(`${found - 1} 项目标任务的完成时限已过`);

  // The admin chooses the leads: two rows at once, said where it was done, and let go.
  const [second, third] = [candidates.nth(1), candidates.nth(2)];
  await second.getByRole("checkbox").check();
  await third.getByRole("checkbox").check();
  await page.getByRole("combobox", { name: "批量设置牵头单位" }).selectOption({ label: "市发展改革委" });
  await page.getByRole("button", { name: "应用到所选" }).click();
  await expect(page.getByTestId("bulk-lead-applied")).toHaveText("已为 2 项设置牵头单位：市发展改革委。");
  await expect(second.getByRole("checkbox")).not.toBeChecked();
  await expect(third.getByRole("checkbox")).not.toBeChecked();
  await expect(page.getByRole("button", { name: "应用到所选" })).toBeDisabled();
  await expect(second).toContainText("牵头单位：市发展改革委");
  await expect(page.getByTestId("no-lead-note")).toContainText(`有 ${found - 3} 项尚未指定牵头单位`);
  // Another selection takes the message down.
  await second.getByRole("checkbox").check();
  await expect(page.getByTestId("bulk-lead-applied")).toHaveText("");

  // "Select all" takes the rejected row too: the lead goes on the rows to be imported only, and the answer says so.
  await page.getByRole("checkbox", { name: "全选" }).check();
  await page.getByRole("combobox", { name: "批量设置牵头单位" }).selectOption({ label: "市教育局" });
  await page.getByRole("button", { name: "应用到所选" }).click();
  await expect(page.getByTestId("bulk-lead-applied")).toHaveText(`已为 ${found - 1} 项设置牵头单位：市教育局。所选项中有 1 项已剔除，不导入，未设置牵头单位。`);
  await expect(candidates.first()).toContainText("牵头单位：—");
  await expect(second).toContainText("牵头单位：市教育局");
});

test("scrolled down to a late candidate, the report's text is still beside it, and a row opened or reached shows its sentence there", async ({ page }, testInfo) => {
  await startBeijingReview(page, testInfo);
  const pane = page.getByRole("region", { name: "报告原文" });
  const sentenceOf = async (row: Locator) => page.locator(`[id="${(await row.locator("a[href^='#cand-']").getAttribute("href"))!.slice(1)}"]`);
  const late = page.getByTestId("candidate").nth(39);
  await late.scrollIntoViewIfNeeded();
  await expect(late).toBeInViewport();
  // Beside the list (side by side on this wide window), whole in the window as it scrolls.
  await expect(pane).toBeInViewport({ ratio: 0.95 });
  const sentence = await sentenceOf(late);
  await expect(sentence).not.toBeInViewport();
  // Opened, its sentence is scrolled into the pane's sight; the page stays on the row.
  await late.getByRole("button", { name: "编辑" }).click();
  await expect(sentence).toBeInViewport();
  await expect(late.getByRole("button", { name: "完成" })).toBeInViewport();
  await expect(pane).toBeInViewport({ ratio: 0.95 });
  // Reached by the keyboard, a row shows its sentence too.
  const earlier = page.getByTestId("candidate").nth(5);
  await earlier.getByRole("button", { name: "剔除" }).focus();
  await expect(await sentenceOf(earlier)).toBeInViewport();
});

test("a deadline the admin types in the review is said, stored and audited as theirs, and one typed back to the year's end is the default again", async ({ page }, testInfo) => {
  await startExcerptReview(page, testInfo);
  // Luoyang's own report in Luoyang's instance: nothing to say of its issuer.
  await expect(page.getByTestId("other-issuer")).toHaveCount(0);
  const candidates = page.getByTestId("candidate");
  const found = await candidates.count();

  const typeDeadline = async (indicator: string, ...days: string[]) => {
    const row = candidates.filter({ hasText: indicator }).first();
    await row.getByRole("button", { name: "编辑" }).click();
    for (const day of days) await row.getByTestId(/^editor-/).getByLabel("完成时限").fill(day);
    await row.getByRole("button", { name: "完成" }).click();
    return row.getByTestId("candidate-deadline");
  };
  await expect(await typeDeadline("储备项目", "2023-09-30")).toHaveText("2023-09-30（导入时由管理员指定）");
  await expect(await typeDeadline("进出口总值", "2023-06-30", "2023-12-31")).toHaveText("2023-12-31（报告未写明，默认年底）");
  // The report's own day (上半年) is the report's.
  await expect(candidates.filter({ hasText: "汝阳抽水蓄能电站" }).first().getByTestId("candidate-deadline")).toHaveText("2023-06-30");

  await importLikelyCopy(page, `确认导入 ${found} 项目标任务`);
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);
  const reportId = Number(new URL(page.url()).pathname.split("/").at(-1));
  const stored = await db.commitment.findMany({ where: { reportId }, select: { id: true, indicator: true } });
  const reserve = stored.find((c) => c.indicator === "储备项目")!;
  await page.goto(`/commitments/${reserve.id}`);
  await expect(page.getByTestId("deadline")).toHaveText("2023-09-30（导入时由管理员指定）");
  const created = page.getByTestId("audit-history").locator('[data-action="commitment.create"]');
  await expect(created).toContainText(/报告写明完成时限：\s*否/);
  await expect(created).toContainText(/完成时限由管理员在导入时指定：\s*是/);
  // In the list, 默认年底 stays on the year's end typed back, and is not put on the admin's day.
  await page.goto(`/commitments?report=${reportId}`);
  await expect(page.getByTestId("commitment-row").filter({ hasText: "进出口总值" })).toContainText("默认年底");
  await expect(page.getByTestId("commitment-row").filter({ hasText: "储备项目" })).not.toContainText("默认年底");
});

test("a deadline the report names by a festival, not a day, is asked for in the review until the admin types it", async ({ page }, testInfo) => {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  // Luoyang's two sentences tied to the peony festival (in April), in a report of their own.
  const text = [
    `政府工作报告（${testInfo.testId} ${Date.now()}）`,
    "——2023年1月4日在洛阳市第十六届人民代表大会第一次会议上",
    "各位代表：",
    "二、2023年主要目标任务",
    "主要预期目标是：地区生产总值增长7%。",
    "三、2023年重点工作安排",
    "（一）全面开展“四大行动”，推动经济发展稳中有进。高质量办好节会招商，力争牡丹文化节期间签约项目规模达到 500 亿元。加快实施永泰门、正平坊等项目，确保天街洛南段牡丹文化节前完工。",
  ].join("\n\n");
  await page.getByLabel("或粘贴报告全文").fill(text);
  await page.getByLabel("发布机关").fill("洛阳市人民政府");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
  await expect(page.getByTestId("candidate-review")).toHaveAttribute("data-hydrated", "true");

  // Said above the list, naming the first occasion, and on each row, until a day is typed.
  const note = page.getByTestId("occasion-deadlines-note");
  await expect(note).toHaveText("有 2 项的完成时限是节庆或活动（如“牡丹文化节期间”），报告没有写具体日期，暂按年底计，逾期提醒会晚于实际时限：请编辑这些项，填写具体日期。");
  await expect(note.locator('[lang="zh-CN"]')).toHaveText("牡丹文化节期间");
  const street = page.getByTestId("candidate").filter({ hasText: "天街洛南段完工" });
  const deadline = street.getByTestId("candidate-deadline");
  await expect(deadline).toHaveText("2023-12-31（报告只写了“牡丹文化节前”，暂按年底计，请填写具体日期）");
  // The row without an occasion says nothing of one.
  await expect(page.getByTestId("candidate").filter({ hasText: "地区生产总值" }).getByTestId("candidate-deadline")).toHaveText("2023-12-31（报告未写明，默认年底）");

  await street.getByRole("button", { name: "编辑" }).click();
  await street.getByTestId(/^editor-/).getByLabel("完成时限").fill("2023-04-01");
  await street.getByRole("button", { name: "完成" }).click();
  await expect(deadline).toHaveText("2023-04-01（导入时由管理员指定）");
  await expect(note).toContainText("有 1 项的完成时限是节庆或活动（如“牡丹文化节期间”）");

  await page.getByRole("button", { name: "放弃本次导入" }).click();
  await page.getByRole("button", { name: "确认放弃" }).click();
  await expect(page).toHaveURL(/\/reports\/import\?discarded=1$/);
});
