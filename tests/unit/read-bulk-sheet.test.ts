import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readBulkSheet } from "@/lib/bulk-updates/read-bulk-sheet";
import { SHEET_COLUMNS, SHEET_NAMES, headedIn, readDone } from "@/lib/bulk-updates/sheet-layout";
import { translator } from "@/lib/i18n/translate";

const headers = SHEET_COLUMNS.map((c) => translator("zh")(c.header));

/** A sheet with these header cells and one filled row, given by header. */
async function sheetWith(header: string[], filled: Record<string, string | number>, names: string[] = [SHEET_NAMES.zh]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of names) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(header);
    sheet.addRow(header.map((h) => filled[h] ?? ""));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}

const row = { 编号: 7, 指标: "新增高标准农田", 数据截至日期: "2023-06-30", 实际完成值: 5.5, 进展情况说明: "已完成5.5万亩" };
const expected = { row: 2, id: "7", asOf: "2023-06-30", actualValue: "5.5", done: "", narrative: "已完成5.5万亩" };

describe("reading a progress sheet's columns by their headers", () => {
  it("reads today's layout (with 所属报告)", async () => {
    expect(headers).toContain("所属报告");
    expect(await readBulkSheet(await sheetWith(headers, row))).toEqual({ rows: [expected], headerLanguages: headedIn("zh") });
  });

  it("still reads a sheet downloaded before 所属报告 was added, or with descriptive columns deleted or moved", async () => {
    const before = ["编号", "所属部分", "指标", "目标", "完成时限", "数据截至日期", "实际完成值", "是否完成", "进展情况说明"];
    expect(await readBulkSheet(await sheetWith(before, row))).toEqual({ rows: [expected], headerLanguages: headedIn("zh") });
    const trimmed = ["进展情况说明", "编号", "实际完成值", "数据截至日期", "是否完成", "备注"];
    expect(await readBulkSheet(await sheetWith(trimmed, row))).toEqual({ rows: [expected], headerLanguages: headedIn("zh") });
  });

  it("refuses a sheet without a column it reads, or with one of them twice", async () => {
    const withoutFigure = headers.filter((h) => h !== "实际完成值");
    expect(await readBulkSheet(await sheetWith(withoutFigure, row))).toEqual({ problem: "bulk.error.sheet" });
    expect(await readBulkSheet(await sheetWith([...headers, "实际完成值"], row))).toEqual({ problem: "bulk.error.sheet" });
  });

  it("reads the English sheet, and headers of either language in one sheet (a colleague filled it in the other language), saying which language heads each column", async () => {
    const english = SHEET_COLUMNS.map((c) => translator("en")(c.header));
    const englishRow = { "No.": 7, Indicator: "新增高标准农田", "As of": "2023-06-30", "Actual value": 5.5, Narrative: "已完成5.5万亩" };
    expect(await readBulkSheet(await sheetWith(english, englishRow, [SHEET_NAMES.en]))).toEqual({ rows: [expected], headerLanguages: headedIn("en") });
    const mixed = ["编号", "As of", "实际完成值", "Done", "进展情况说明"];
    expect(await readBulkSheet(await sheetWith(mixed, { ...row, "As of": "2023-06-30" }, [SHEET_NAMES.en]))).toEqual({
      rows: [expected],
      headerLanguages: { id: "zh", asOf: "en", actualValue: "zh", done: "en", narrative: "zh" },
    });
    // The same column in both languages is the same column twice.
    expect(await readBulkSheet(await sheetWith([...headers, "Actual value"], row))).toEqual({ problem: "bulk.error.sheet" });
  });

  it("refuses a file holding both languages' sheets: which one holds the figures?", async () => {
    expect(await readBulkSheet(await sheetWith(headers, row, [SHEET_NAMES.zh, SHEET_NAMES.en]))).toEqual({ problem: "bulk.error.sheet" });
  });
});

describe("a milestone's 是否完成 cell", () => {
  it("takes 是/否 and Yes/No in any case, with spaces around, and nothing else", () => {
    expect(["是", " 是 ", "Yes", "yes", "YES"].map(readDone)).toEqual([true, true, true, true, true]);
    expect(["否", "No", "no "].map(readDone)).toEqual([false, false, false]);
    expect(["", "Y", "已完成", "是的", "true", "1"].map(readDone)).toEqual([null, null, null, null, null, null]);
  });
});
