import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login, loginInNewContext } from "./support/login";

test("the log read by kind of event, a bulk action's events as one line, and an admin disabled since marked so — in Chinese, in English and on a phone", async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 6);
  const departing = await createUser({ role: "ADMIN", displayName: `离任管理员${tag}` });
  const admin = await createUser({ role: "ADMIN" });
  const lead = await createDepartment();
  const { report } = await seedReportWithCommitments(
    db,
    Array.from({ length: 5 }, (_, i) => ({ indicator: `日志批量${tag}-${i + 1}` })),
  );

  // The departing admin signs in and sets the owners of five commitments at once.
  const theirs = await loginInNewContext(browser, departing.loginName, departing.password);
  await theirs.goto(`/commitments?report=${report.id}&bulk=1`);
  const form = theirs.getByRole("form", { name: "批量分工" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByRole("checkbox", { name: /^全选本页/ }).check();
  await form.getByLabel("牵头单位").selectOption({ label: lead.name });
  await form.getByRole("button", { name: "应用到所选" }).click();
  await expect(form.getByRole("status")).toHaveText("已更新 5 项目标任务的分工。");
  await theirs.context().close();
  // Since disabled.
  await db.user.update({ where: { id: departing.id }, data: { disabled: true } });

  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/audit");
  await page.getByLabel("操作人").fill(departing.loginName);
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  const rows = page.getByTestId("audit-log-row");
  // The five owners are one line, the sign-in another.
  await expect(rows).toHaveCount(2);
  const batch = rows.first();
  await expect(batch).toHaveAttribute("data-action", "commitment.assignOwners");
  await expect(batch).toHaveAttribute("data-batch", "5");
  await expect(batch.getByRole("cell").nth(2)).toHaveText("设置责任分工：5 项");
  await expect(batch.getByRole("cell").nth(1)).toHaveText(`离任管理员${tag}（${departing.loginName}）（已停用）`);
  await expect(page.getByText("共 6 条记录")).toBeVisible();
  const listed = batch.getByTestId("audit-batch-event");
  await expect(listed.first()).toBeHidden();
  await batch.getByText("逐项查看").click();
  await expect(listed).toHaveText(Array.from({ length: 5 }, (_, i) => new RegExp(`日志批量${tag}-${i + 1}.*牵头单位：.*${lead.name}`)));

  // By kind: the sign-in alone, then the work alone; the export follows the filter.
  await page.getByLabel("类别").selectOption({ label: "登录" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/[?&]kind=signIn(&|$)/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-action", "auth.signIn");
  await expect(page.getByLabel("类别")).toHaveValue("signIn");
  const csv = await (await page.request.get((await page.getByRole("link", { name: "导出 CSV" }).getAttribute("href"))!)).text();
  expect(csv.trimEnd().split("\r\n")).toHaveLength(2);
  expect(csv).toContain(`auth.signIn`);
  expect(csv).toContain(`离任管理员${tag}（${departing.loginName}）（已停用）`);
  await page.getByLabel("类别").selectOption({ label: "督办事项" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-batch", "5");
  await page.getByLabel("类别").selectOption({ label: "账号与权限" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page.getByText("没有符合条件的操作记录。")).toBeVisible();

  await page.getByLabel("类别").selectOption({ label: "督办事项" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Kind")).toHaveValue("work");
  await expect(rows.first().getByRole("cell").nth(2)).toHaveText("Owners assigned: 5 items");
  await expect(rows.first().getByRole("cell").nth(1)).toHaveText(`离任管理员${tag} (${departing.loginName}) (disabled)`);

  // On a phone the line is a card, its events still a tap away.
  await page.setViewportSize({ width: 390, height: 844 });
  const card = rows.first();
  await expect(card).toContainText("Owners assigned: 5 items");
  // Each field headed by its column's name, as a line of one event is.
  await expect(card.locator("td[data-label]")).toHaveCount(4);
  await expect(card.locator("td[data-label='Record']")).toHaveText("Commitment");
  await card.getByText("Show each").click();
  await expect(card.getByTestId("audit-batch-event")).toHaveCount(5);
  await expect(card.getByTestId("audit-batch-event").last()).toBeVisible();
});
