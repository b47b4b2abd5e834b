import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/accessibility";
import { createUser, db } from "./support/db";
import { login } from "./support/login";
import { overflow, phone } from "./support/viewport";

test("the public page exists only once an admin opens it, and then shows approved progress to anyone", async ({ page, browser }) => {
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  expect((await visitor.goto("/public"))?.status()).toBe(404);

  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/admin/settings");
  const form = page.getByRole("form", { name: "系统设置" });
  await form.getByLabel(/开放公众进展页面/).check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("设置已保存。");

  // The seeded Luoyang report (other tests add reports of their own).
  const luoyang = await db.report.findFirstOrThrow({ where: { issuer: "洛阳市人民政府", year: 2023 }, orderBy: { id: "asc" } });
  await visitor.goto(`/public?report=${luoyang.id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("2023年政府工作报告目标任务进展");
  await expect(visitor).toHaveTitle("目标任务进展公开 · 督办 Duban");
  // Each section's table, which has nothing to focus inside, can itself be focused to scroll it sideways.
  await expect(visitor.getByRole("region").first()).toHaveAttribute("tabindex", "0");
  await expect(visitor.getByTestId("public-row").filter({ hasText: "高标准农田" }).first()).toContainText("11万亩");
  await expect(visitor.getByText("退出登录")).toHaveCount(0);
  // The page the public reads, as e2e/accessibility.spec.ts checks the others (here, where it is open).
  await expectNoSeriousViolations(visitor, "/public");
  // On a phone each commitment is a card: its completion and status on screen, not in columns to scroll sideways to.
  const small = await phone(browser);
  await small.goto(`/public?report=${luoyang.id}`);
  const card = small.getByTestId("public-row").filter({ hasText: "高标准农田" }).first();
  await expect(card).toBeVisible();
  expect(await overflow(small)).toBeLessThanOrEqual(0);
  const scrolled = await small.getByRole("region").evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth).length);
  expect(scrolled, "section tables scrolling sideways").toBe(0);
  await expect(small.getByRole("columnheader", { name: "完成率" }).first()).toBeHidden();
  await expect(card.locator("td[data-label='目标值']")).toHaveText("11万亩");
  for (const label of ["完成时限", "牵头单位"]) await expect(card.locator(`td[data-label='${label}']`)).toBeVisible();
  for (const part of [...(await card.locator("td").all()), card.getByRole("progressbar"), card.locator("[data-light]")]) {
    const box = (await part.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await small.context().close();
  // A visitor may read it in English, as on the login page.
  await visitor.getByRole("button", { name: "English" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Progress on the 2023 government work report");
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  await visitor.getByRole("button", { name: "中文" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("2023年政府工作报告目标任务进展");

  await form.getByLabel(/开放公众进展页面/).uncheck();
  // The message is already on screen from the first save: wait for this save's response instead.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/settings")),
    form.getByRole("button", { name: "保存" }).click(),
  ]);
  expect((await visitor.goto("/public"))?.status()).toBe(404);
  await expect(visitor).toHaveTitle("页面不存在 · 督办 Duban");
  await anonymous.close();
});
