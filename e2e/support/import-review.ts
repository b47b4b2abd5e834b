import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { createUser } from "./db";
import { login } from "./login";

const EXCERPT = path.join(import.meta.dirname, "..", "fixtures", "luoyang-excerpt.txt");

/** A new admin pastes the Luoyang excerpt, under a title line of its own (importable in every run), and lands on its review. */
export async function startExcerptReview(page: Page, testInfo: TestInfo) {
  const admin = await createUser({ role: "ADMIN" });
  await login(page, admin.loginName, admin.password);
  await page.goto("/reports/import");
  await page.getByLabel("或粘贴报告全文").fill((await readFile(EXCERPT, "utf8")).replace("政府工作报告", `政府工作报告（节选 ${testInfo.testId} ${Date.now()}）`));
  await page.getByLabel("发布机关").fill("洛阳市人民政府");
  await page.getByRole("button", { name: "识别目标任务" }).click();
  await expect(page).toHaveURL(/\/reports\/import\/\d+$/);
  await expect(page.getByTestId("candidate-review")).toHaveAttribute("data-hydrated", "true");
}

/**
 * Presses the import button of an excerpt's review and confirms: the excerpt may be a copy of the
 * seeded Luoyang report (its year and issuer), so the import asks first, naming it.
 */
export async function importLikelyCopy(page: Page, button: string | RegExp = /^确认导入/) {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("group", { name: /^本次导入可能是已导入的.*“洛阳市 2023 政府工作报告”.*的副本，仍要导入吗？$/ }).getByRole("button", { name: /^仍然导入/ }).click();
}
