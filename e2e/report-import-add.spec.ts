import { expect, test, type Page } from "@playwright/test";
import { db } from "./support/db";
import { importLikelyCopy, startExcerptReview } from "./support/import-review";

/**
 * Selects the report pane's text from the start of `from` to the end of `to` (the first of each,
 * `to` after `from`), as a mouse drag would: a DOM range over the pane's text nodes, whatever
 * highlighted runs and paragraphs lie between.
 */
async function selectInReport(page: Page, from: string, to: string) {
  await page.evaluate(
    ([from, to]) => {
      const pane = document.querySelector("section[aria-label='报告原文']")!;
      const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest("p[id^='p-']") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join("");
      const start = all.indexOf(from);
      const end = all.indexOf(to, start) + to.length;
      const point = (at: number): [Text, number] => {
        for (const n of nodes) {
          if (at <= n.data.length) return [n, at];
          at -= n.data.length;
        }
        throw new Error("past the text");
      };
      const range = document.createRange();
      range.setStart(...point(start));
      range.setEnd(...point(end));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    [from, to],
  );
}


test("an admin adds a commitment the extractor missed from text selected in the report, its lead suggested, keeps it over a reload, and imports it", async ({ page }, testInfo) => {
  await startExcerptReview(page, testInfo);
  const add = page.getByRole("button", { name: "据所选原文新增目标任务" });
  const answer = page.getByTestId("selection-answer");
  const candidates = page.getByTestId("candidate");
  const count = await candidates.count();

  // Nothing selected, the title above the report, a selection across a heading: each refused in words.
  await add.click();
  await expect(answer).toHaveText("请先在报告原文中选中要新增为目标任务的文字。");
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("h1")!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await add.click();
  await expect(answer).toHaveText("所选内容不在报告原文中：请在“报告原文”里选中一段文字。");
  // The hint says what is wrong before the button is pressed; pressed, the refusal says it once, not under the hint again.
  await selectInReport(page, "——2023年1月4日", "会议上");
  const noSection = "所选原文不在可导入的章节内（如报告标题、称呼或往年工作回顾），不能据此新增目标任务。";
  await expect(page.getByTestId("selection-hint")).toHaveText(noSection);
  await add.click();
  await expect(answer).toHaveText(noSection);
  await expect(page.getByText(noSection)).toHaveCount(1);
  await expect(add).toHaveAccessibleDescription(noSection);
  await selectInReport(page, "主要经济指标增速", "推动经济发展稳中有进");
  await add.click();
  await expect(answer).toContainText("所选原文跨越了章节标题“");
  await expect(page.getByText("所选原文跨越了章节标题“")).toHaveCount(1);
  await expect(candidates).toHaveCount(count);

  // From plain text into a highlighted target (居民消费价格涨幅 3%): the quote is exactly what was selected.
  const quote = "居民收入增长与经济增长基本同步，居民消费价格涨幅控制在3%左右";
  await selectInReport(page, "居民收入增长与经济增长基本同步", "控制在3%左右");
  // The button's hint says what it will take, for those who do not see the highlight.
  await expect(add).toHaveAccessibleDescription(/将据所选原文新增.*居民收入增长与经济增长基本同步/);
  // Its section and excerpt are the report's words, marked so (read as Chinese on an English page too).
  await expect(page.getByTestId("selection-hint").locator("[lang='zh-CN']")).toHaveText([/^二 .*主要目标任务$/, quote]);
  await add.click();
  await expect(candidates).toHaveCount(count + 1);
  const added = candidates.filter({ has: page.getByRole("link", { name: quote, exact: true }) });
  await expect(added).toHaveCount(1);
  await expect(answer).toContainText(`“${quote}”，请在其编辑框中核对`);
  // Its editor is open on the indicator, taken from the selection; its figure suggested.
  const editor = added.locator("[data-testid^='editor-']");
  await expect(editor.getByLabel("指标", { exact: true })).toBeFocused();
  await expect(editor.getByLabel("指标", { exact: true })).toHaveValue(quote);
  await expect(editor.getByLabel("类型")).toHaveValue("numeric");
  await expect(editor.getByLabel("目标值")).toHaveValue("3");
  await expect(editor.getByLabel("单位", { exact: true })).toHaveValue("%");
  // Its lead suggested by the import's keywords, as an extracted row's is: 居民收入 and 居民消费价格 are 市发展改革委's.
  await expect(editor.getByLabel("牵头单位").locator("option:checked")).toHaveText("市发展改革委");
  await editor.getByLabel("指标", { exact: true }).fill("居民收入增长与经济增长基本同步");
  await editor.getByLabel("类型").selectOption("milestone");

  // Kept in this browser: a reload gives it back.
  await expect.poll(() => page.evaluate(() => Object.values(localStorage).some((v) => v.includes("居民收入增长与经济增长基本同步\"")))).toBe(true);
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(page.getByTestId("restored-note")).toBeVisible();
  await expect(candidates.filter({ hasText: "居民收入增长与经济增长基本同步" }).filter({ has: page.getByRole("link", { name: quote, exact: true }) })).toHaveCount(1);

  await importLikelyCopy(page);
  await expect(page).toHaveURL(/\/reports\/\d+\?imported=1$/);
  const reportId = Number(new URL(page.url()).pathname.split("/").at(-1));
  const stored = await db.commitment.findFirstOrThrow({ where: { reportId, indicator: "居民收入增长与经济增长基本同步" } });
  const planning = await db.department.findUniqueOrThrow({ where: { name: "市发展改革委" } });
  expect([stored.quote, stored.kind, stored.leadDepartmentId]).toEqual([quote, "MILESTONE", planning.id]);
});

test("merging asks first, naming the target that would be dropped; a supporting department chosen as lead is said to leave the supporting ones", async ({ page }, testInfo) => {
  await startExcerptReview(page, testInfo);
  const candidates = page.getByTestId("candidate");
  const count = await candidates.count();

  const jobs = candidates.filter({ hasText: "城镇新增就业" }).first();
  await jobs.getByRole("button", { name: "与下一项合并" }).click();
  const question = jobs.getByRole("group", { name: /^合并后将只保留“城镇新增就业 ≥ 9万人”，“.+”的目标将被舍弃。$/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "取消" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(candidates).toHaveCount(count);
  await jobs.getByRole("button", { name: "与下一项合并" }).click();
  await question.getByRole("button", { name: "确认合并" }).click();
  await expect(candidates).toHaveCount(count - 1);

  await jobs.getByRole("button", { name: "编辑" }).click();
  const editor = jobs.locator("[data-testid^='editor-']");
  const finance = (await editor.getByLabel("牵头单位").locator("option").nth(1).textContent())!;
  const supporting = editor.getByRole("group", { name: "配合单位", exact: true });
  await supporting.getByRole("checkbox", { name: finance, exact: true }).check();
  await editor.getByLabel("牵头单位").selectOption({ label: finance });
  await expect(editor.getByTestId("lead-note")).toHaveText(`已从配合单位中移除：${finance}`);
  await expect(editor.getByLabel("牵头单位")).toHaveAccessibleDescription(`已从配合单位中移除：${finance}`);
  // Not ticked, and not offered while it leads.
  await expect(supporting.locator("input:checked")).toHaveCount(0);
  await expect(supporting.getByRole("checkbox", { name: finance, exact: true })).toHaveCount(0);

  // The same when the lead is set for the selected rows at once: it leaves the supporting ones.
  const other = (await editor.getByLabel("牵头单位").locator("option").nth(2).textContent())!;
  await supporting.getByRole("checkbox", { name: other, exact: true }).check();
  await jobs.getByRole("button", { name: "完成" }).click();
  await jobs.getByRole("checkbox").first().check();
  await page.getByLabel("批量设置牵头单位").selectOption({ label: other });
  await page.getByRole("button", { name: "应用到所选" }).click();
  await jobs.getByRole("button", { name: "编辑" }).click();
  await expect(editor.getByLabel("牵头单位").locator("option:checked")).toHaveText(other);
  // Taken off, not only hidden while it leads: another lead chosen later does not bring it back.
  await editor.getByLabel("牵头单位").selectOption({ label: finance });
  await expect(supporting.locator("input:checked")).toHaveCount(0);

  // Escape in the editor closes it, and the focus goes back to the row's 编辑, as a question's Escape does.
  await editor.getByLabel("指标", { exact: true }).press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(jobs.getByRole("button", { name: "编辑" })).toBeFocused();
  await expect(jobs.getByRole("button", { name: "编辑" })).toHaveAttribute("aria-expanded", "false");
});

test("the server's refusal of a figure goes from the field once it is corrected, and stays on the other row until the next attempt", async ({ page }, testInfo) => {
  await startExcerptReview(page, testInfo);
  const rows = [page.getByTestId("candidate").filter({ hasText: "城镇新增就业" }).first(), page.getByTestId("candidate").filter({ hasText: "进出口总值" }).first()];
  for (const row of rows) {
    await row.getByRole("button", { name: "编辑" }).click();
    await row.getByLabel("目标值").fill("99999999999999999999");
    await row.getByRole("button", { name: "完成" }).click();
  }
  await importLikelyCopy(page);
  const [jobs, trade] = rows;
  // The first refused row in the list (进出口总值) is opened, its field saying why.
  await expect(trade.getByLabel("目标值")).toHaveAccessibleDescription(/数值过大/);
  await expect(jobs.getByRole("alert")).toContainText("数值过大");
  await trade.getByLabel("目标值").fill("3");
  await expect(trade.getByLabel("目标值")).not.toHaveAttribute("aria-invalid", "true");
  await trade.getByRole("button", { name: "完成" }).click();
  await expect(trade).not.toContainText("数值过大");
  await expect(jobs.getByRole("alert")).toContainText("数值过大");
});
