import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { SHEET_NAMES, columnIndex } from "@/lib/bulk-updates/sheet-layout";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login, loginInNewContext } from "./support/login";

test("an official's sheet with one bad row is refused with the row named, and accepted once fixed", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "批量报送甲", targetValue: 200, leadDepartmentId: department.id },
    { indicator: "批量报送乙", targetValue: 50, leadDepartmentId: department.id },
  ]);
  await login(page, official.loginName, official.password);
  await page.goto("/bulk-updates");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载填报表（Excel）" }).click();
  const file = await (await download).path();

  async function filled(secondValue: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(SHEET_NAMES.zh)!;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const id = Number(row.getCell(1).value);
      const value = id === commitments[0].id ? "120" : secondValue;
      row.getCell(columnIndex("asOf")).value = "2023-09-30";
      row.getCell(columnIndex("actualValue")).value = value;
      row.getCell(columnIndex("narrative")).value = `三季度进展 ${id}`;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  const form = page.getByRole("form", { name: "批量报送进展" });
  // A file that is no sheet is refused beside its field; the summary does not repeat it.
  await form.getByLabel("上传填好的填报表").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("三季度进展") });
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(form.locator("#sheet-error")).toHaveText("无法读取该文件：请上传从本系统下载的 Excel 填报表（.xlsx）。");
  await expect(form.getByRole("alert")).toHaveText("提交的内容有误，请按提示修改。");
  await form.getByLabel("上传填好的填报表").setInputFiles({ name: "filled.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await filled("三十") });
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(form.getByRole("alert")).toHaveText("填报表有 1 行错误，整个文件未导入。请修改后重新上传。");
  await expect(form.getByTestId("row-errors")).toContainText("“实际完成值”请用阿拉伯数字填写，如 30");
  // The refused file stays chosen, to be sent again once mended.
  const chosenFiles = () => form.getByLabel("上传填好的填报表").evaluate((input: HTMLInputElement) => input.files?.length ?? 0);
  expect(await chosenFiles()).toBe(1);
  expect(await db.progressUpdate.count({ where: { commitmentId: { in: commitments.map((c) => c.id) } } })).toBe(0);

  await form.getByLabel("上传填好的填报表").setInputFiles({ name: "filled.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await filled("30") });
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("已提交 2 条进展，等待督查审核。");
  expect(await chosenFiles()).toBe(0);
  // A refusal after a success keeps its file chosen too (the form is not remounted for it).
  await form.getByLabel("上传填好的填报表").setInputFiles({ name: "again.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await filled("三十") });
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  // Its first row repeats the update just sent, its second is not a number.
  await expect(form.getByRole("alert")).toHaveText("填报表有 2 行错误，整个文件未导入。请修改后重新上传。");
  expect(await chosenFiles()).toBe(1);
  const updates = await db.progressUpdate.findMany({ where: { commitmentId: { in: commitments.map((c) => c.id) } } });
  expect(updates.map((u) => u.state)).toEqual(["SUBMITTED", "SUBMITTED"]);
  await fs.rm(file, { force: true });
});

test("a sheet downloaded in English is refused in the words of its own headers, a 是否完成 on a figure's row included, on either language's page", async ({ page }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const { commitments } = await seedReportWithCommitments(db, [{ indicator: "英文填报表指标", targetValue: 200, leadDepartmentId: department.id }]);
  await login(page, official.loginName, official.password);
  await page.goto("/bulk-updates");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the sheet (Excel)" }).click();
  const file = await (await download).path();

  async function filled(actualValue: string | number, done: string) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet(SHEET_NAMES.en)!;
    expect(sheet.getCell(1, columnIndex("done")).value).toBe("Done");
    const row = sheet.getRow(2);
    expect(Number(row.getCell(1).value)).toBe(commitments[0].id);
    row.getCell(columnIndex("asOf")).value = "2023-09-30";
    row.getCell(columnIndex("actualValue")).value = actualValue;
    row.getCell(columnIndex("done")).value = done;
    row.getCell(columnIndex("narrative")).value = "120 built by September";
    return { name: "progress.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
  }

  const english = page.getByRole("form", { name: "Report progress in bulk" });
  await english.getByLabel("Upload the filled-in sheet").setInputFiles(await filled("about 120", "Yes"));
  await english.getByRole("button", { name: "Upload and submit for review" }).click();
  await expect(english.getByRole("alert")).toHaveText("1 row is wrong; nothing from the file was imported. Correct it and upload again.");
  await expect(english.getByTestId("row-errors")).toHaveText('Row 2: Write the exact figure in "Actual value" (such as 120), without "about"; "Done" is not read for a numeric target (only for a milestone): clear the cell');

  // The same sheet from the Chinese page: said in Chinese, the column named as the sheet heads it.
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const chinese = page.getByRole("form", { name: "批量报送进展" });
  await chinese.getByLabel("上传填好的填报表").setInputFiles(await filled("about 120", "Yes"));
  await chinese.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(chinese.getByTestId("row-errors")).toHaveText("第 2 行：“Actual value”请填写确切的数字（如 120），不要写“about”；本项是数量指标，不读取“Done”（只用于节点任务），请清空此栏");
  expect(await db.progressUpdate.count({ where: { commitmentId: commitments[0].id } })).toBe(0);

  await chinese.getByLabel("上传填好的填报表").setInputFiles(await filled(120, ""));
  await chinese.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(chinese.getByRole("status")).toHaveText("已提交 1 条进展，等待督查审核。");
  await fs.rm(file, { force: true });
});

test("a sheet's row of a commitment whose reading was returned shows the reviewer's note and goes as the correction: tagged 重新报送, and read by the reviewer as the answer", async ({ page, browser }) => {
  const department = await createDepartment();
  const official = await createUser({ role: "OFFICIAL", departmentId: department.id });
  const reviewer = await createUser({ role: "REVIEWER" });
  const { commitments } = await seedReportWithCommitments(db, [
    { indicator: "批量退回城市书房", targetValue: 100, leadDepartmentId: department.id },
    { indicator: "批量退回口袋公园", targetValue: 90, leadDepartmentId: department.id },
  ]);
  const [books, parks] = commitments;
  const returned = await db.progressUpdate.create({
    data: { commitmentId: books.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 60, narrative: "已建成60个城市书房。", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "请补充区县明细。", reviewedAt: new Date() },
  });

  await login(page, official.loginName, official.password);
  await page.goto("/bulk-updates");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载填报表（Excel）" }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(SHEET_NAMES.zh)!;
  expect(sheet.getCell(1, columnIndex("returned")).value).toBe("退回待修改");
  const rowOf = (id: number) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => Number(r.getCell(1).value) === id)!;
  // The official sees, on the commitment's row, what was returned and why.
  expect(rowOf(books.id).getCell(columnIndex("returned")).value).toBe("数据截至 2023-06-30 的进展被退回：请补充区县明细。");
  expect(rowOf(parks.id).getCell(columnIndex("returned")).value).toBeNull();
  for (const [id, value, narrative] of [[books.id, 62, "已建成62个城市书房，附区县明细。"], [parks.id, 40, "已建成40个口袋公园。"]] as const) {
    const row = rowOf(id);
    row.getCell(columnIndex("asOf")).value = "2023-06-30";
    row.getCell(columnIndex("actualValue")).value = value;
    row.getCell(columnIndex("narrative")).value = narrative;
  }
  const form = page.getByRole("form", { name: "批量报送进展" });
  await form.getByLabel("上传填好的填报表").setInputFiles({ name: "filled.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  await form.getByRole("button", { name: "上传并提交审核" }).click();
  await expect(form.getByRole("status")).toHaveText("已提交 2 条进展，等待督查审核；其中 1 条是对被退回进展的修改后重新报送。");

  // On the commitment's page the new reading is the resubmission, and the return has nothing left to answer.
  const answer = await db.progressUpdate.findUniqueOrThrow({ where: { resubmitsId: returned.id } });
  await page.goto(`/commitments/${books.id}`);
  await expect(page.getByTestId(`update-${answer.id}`)).toContainText("重新报送");
  await expect(page.getByTestId(`update-${returned.id}`).getByRole("link", { name: "修改后重新报送" })).toHaveCount(0);

  // The reviewer reads it as the answer to their note.
  const reviewerPage = await loginInNewContext(browser, reviewer.loginName, reviewer.password);
  await reviewerPage.goto(`/review?department=${department.id}`);
  const item = reviewerPage.getByTestId(`review-item-${answer.id}`);
  await expect(item.getByTestId("answers-return")).toContainText("答复退回");
  await expect(item.getByTestId("answers-return")).toContainText("请补充区县明细。");
  await expect(reviewerPage.getByTestId(/^review-item-\d+$/).filter({ hasText: "批量退回口袋公园" }).getByTestId("answers-return")).toHaveCount(0);
  await fs.rm(file, { force: true });
});
