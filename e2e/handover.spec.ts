import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login, loginInNewContext } from "./support/login";

// A departing official's commitments handed over before their account is disabled: the admin is
// told, before confirming, what the official still answers for, follows the link to the list of
// it, ticks the page, names a successor or clears the responsible official, then disables them.
test("an admin hands a departing official's commitments over, then disables them; their name is marked where they acted", async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 6);
  const department = await createDepartment();
  const [admin, leaving, successor] = await Promise.all([
    createUser({ role: "ADMIN" }),
    createUser({ role: "OFFICIAL", departmentId: department.id, displayName: `离任${tag}` }),
    createUser({ role: "OFFICIAL", departmentId: department.id, displayName: `接任${tag}` }),
  ]);
  const { commitments } = await seedReportWithCommitments(
    db,
    Array.from({ length: 17 }, (_, i) => ({ indicator: `交接任务${tag}-${i + 1}`, leadDepartmentId: department.id, responsibleUserId: leaving.id })),
  );
  // A reading of theirs still waits for review: it stays in the queue after they leave.
  await db.progressUpdate.create({ data: { commitmentId: commitments[0].id, authorId: leaving.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: "30", narrative: "上半年完成30个。" } });

  await login(page, admin.loginName, admin.password);
  await page.goto(`/admin/users?q=${leaving.loginName}`);
  const row = page.getByTestId(`user-${leaving.loginName}`);
  await row.getByRole("button", { name: /^停用：/ }).click();
  // Asked first, the question says what would stop it, before the admin confirms.
  const question = row.getByRole("group", { name: /^停用 .*该用户将立即退出登录/ });
  await expect(question).toHaveAccessibleDescription("该用户是 17 项未办结目标任务的责任人：须先为这些目标任务更换或清空责任人，否则不能停用。 查看这 17 项目标任务");
  await question.getByRole("button", { name: "确认停用" }).click();
  // Confirmed anyway: refused, with how many and the way to all of them (not the first three by name).
  const refusal = row.getByRole("alert");
  await expect(refusal).toContainText("该用户是 17 项未办结目标任务的责任人，不能停用。");
  await refusal.getByRole("link", { name: "查看这 17 项目标任务" }).click();

  await expect(page).toHaveURL(new RegExp(`/commitments\\?responsible=${leaving.id}&open=1$`));
  await expect(page.getByTestId("responsible-filter")).toHaveText(`仅列出责任人为离任${tag}的目标任务。 取消按责任人筛选`);
  await expect(page.getByRole("form", { name: "筛选" }).getByLabel("责任人")).toHaveValue(String(leaving.id));
  const rows = page.getByTestId("commitment-row");
  await expect(rows).toHaveCount(17);

  // Bulk mode keeps the filter; the whole page is ticked at once.
  await page.getByRole("link", { name: "批量分工", exact: true }).click();
  await expect(page).toHaveURL(/responsible=.*bulk=1|bulk=1.*responsible=/);
  const form = page.getByRole("form", { name: "批量分工" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  const all = form.getByRole("checkbox", { name: /^全选本页/ });
  await expect(all).toHaveAccessibleName("全选本页 17 项");
  await all.check();
  await expect(page.getByTestId("commitment-table").getByRole("checkbox", { checked: true })).toHaveCount(17);
  // One taken out: the box says some are ticked (mixed), not all.
  await page.getByLabel(`选择 交接任务${tag}-17`, { exact: true }).uncheck();
  await expect(all).toBeChecked({ indeterminate: true });
  // The ticked rows share their lead: its officials are offered without a lead being picked.
  await expect(form.getByText("所选目标任务的牵头单位相同：可从该单位的经办人中指定责任人。")).toBeVisible();
  await form.getByLabel("责任人").selectOption({ label: successor.displayName });
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("status")).toHaveText("已更新 16 项目标任务的分工。");
  // The list, still of what the leaving official answers for, has the one left; no successor
  // exists for it yet: cleared.
  await expect(rows).toHaveCount(1);
  await expect(all).toHaveAccessibleName("全选本页 1 项");
  await all.check();
  await form.getByLabel("责任人").selectOption({ label: "清空责任人（暂不指定）" });
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("status")).toHaveText("已更新 1 项目标任务的分工。");
  await expect(page.getByText("没有符合筛选条件的目标任务。")).toBeVisible();
  const stored = await db.commitment.findMany({ where: { id: { in: commitments.map((c) => c.id) } }, orderBy: { position: "asc" }, select: { responsibleUserId: true } });
  expect(stored.map((c) => c.responsibleUserId)).toEqual([...Array(16).fill(successor.id), null]);

  // Nothing left to hand over: the question says only what disabling does, and it is done.
  await page.goto(`/admin/users?q=${leaving.loginName}`);
  await row.getByRole("button", { name: /^停用：/ }).click();
  await expect(question).not.toHaveAccessibleDescription(/责任人/);
  await question.getByRole("button", { name: "确认停用" }).click();
  await expect(row.getByRole("status")).toHaveText(`已停用离任${tag}（${leaving.loginName}）。`);

  // Where they acted, their name now says the account is disabled: the review queue, the commitment's page.
  const reviewer = DEMO_USERS.find((u) => u.role === "REVIEWER")!;
  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/review?department=${department.id}`);
  const item = reviewerPage.locator('[data-testid^="review-item-"]').filter({ hasText: `交接任务${tag}-1` });
  await expect(item).toContainText(`报送人：离任${tag}（已停用）`);
  await reviewerPage.goto(`/commitments/${commitments[0].id}`);
  await expect(reviewerPage.getByTestId("update-timeline")).toContainText(`报送人：离任${tag}（已停用）`);
  await reviewerPage.context().close();
});
