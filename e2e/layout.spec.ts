import { expect, test, type Page } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

const LINK = `https://nync.ly.gov.cn/attachments/2023/progress-reports/${"sheep-breeding-statistics-".repeat(8)}report.pdf?download=true`;
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

test("a long unbroken link in a narrative wraps on a phone instead of widening the page", async ({ browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "长链接进展", targetValue: 170, unit: "万只", leadDepartmentId: department.id }]);
  await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 80, percent: 47.06, narrative: `详见 ${LINK}` },
  });
  const page = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await login(page, reviewer.loginName, reviewer.password);
  for (const address of [`/commitments/${commitments[0].id}`, `/review?department=${department.id}`]) {
    await page.goto(address);
    await expect(page.getByText(LINK).first()).toBeVisible();
    expect(await overflow(page), address).toBeLessThanOrEqual(0);
  }
});
