import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readBulkSheet } from "@/lib/bulk-updates/read-bulk-sheet";
import { SHEET_COLUMNS, SHEET_NAME } from "@/lib/bulk-updates/sheet-layout";
import { translator } from "@/lib/i18n/translate";

const headers = SHEET_COLUMNS.map((c) => translator("zh")(c.header));

/** A sheet with these header cells and one filled row, given by header. */
async function sheetWith(header: string[], filled: Record<string, string | number>): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(header);
  sheet.addRow(header.map((h) => filled[h] ?? ""));
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}

const row = { 编号: 7, 指标: "新增高标准农田", 数据截至日期: "2023-06-30", 实际完成值: 5.5, 进展情况说明: "已完成5.5万亩" };
const expected = { row: 2, id: "7", asOf: "2023-06-30", actualValue: "5.5", done: "", narrative: "已完成5.5万亩" };

describe("reading a progress sheet's columns by their headers", () => {
  it("reads today's layout (with 所属报告)", async () => {
    expect(headers).toContain("所属报告");
    expect(await readBulkSheet(await sheetWith(headers, row), headers)).toEqual({ rows: [expected] });
  });

  it("still reads a sheet downloaded before 所属报告 was added, or with descriptive columns deleted or moved", async () => {
    const before = ["编号", "所属部分", "指标", "目标", "完成时限", "数据截至日期", "实际完成值", "是否完成", "进展情况说明"];
    expect(await readBulkSheet(await sheetWith(before, row), headers)).toEqual({ rows: [expected] });
    const trimmed = ["进展情况说明", "编号", "实际完成值", "数据截至日期", "是否完成", "备注"];
    expect(await readBulkSheet(await sheetWith(trimmed, row), headers)).toEqual({ rows: [expected] });
  });

  it("refuses a sheet without a column it reads, or with one of them twice", async () => {
    const withoutFigure = headers.filter((h) => h !== "实际完成值");
    expect(await readBulkSheet(await sheetWith(withoutFigure, row), headers)).toEqual({ problem: "bulk.error.sheet" });
    expect(await readBulkSheet(await sheetWith([...headers, "实际完成值"], row), headers)).toEqual({ problem: "bulk.error.sheet" });
  });
});
