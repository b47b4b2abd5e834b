import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { readBulkUpload } from "@/lib/bulk-updates/read-bulk-upload";
import { columnIndex } from "@/lib/bulk-updates/sheet-layout";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";
import type { Locale } from "@/lib/i18n/translate";
import { actorFor, db, department, reportWithCommitments } from "./support";

type Official = Awaited<ReturnType<typeof actorFor>>;
type Cells = { asOf?: string; actualValue?: string | number; done?: string; narrative?: string };

/** The official's sheet downloaded in `sheet`'s language, filled per commitment, sent through the bulk form's reading of the file. */
async function upload(official: Official, sheet: Locale, cells: Map<number, Cells>, reader: Locale) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildBulkSheet(official, sheet)).buffer);
  workbook.worksheets[0].eachRow((row, n) => {
    const filled = n === 1 ? undefined : cells.get(Number(row.getCell(1).value));
    for (const [key, value] of Object.entries(filled ?? {})) row.getCell(columnIndex(key as keyof Cells)).value = value;
  });
  const form = new FormData();
  form.set("sheet", new File([await workbook.xlsx.writeBuffer()], "progress-sheet.xlsx"));
  const values: Record<string, unknown> = {};
  expect(await readBulkUpload(form, values)).toBeNull();
  return executeAction(submitBulkUpdates, official, values, reader);
}

describe("a progress sheet's row names its columns", () => {
  it("as the uploaded sheet heads it (English or Chinese), in the reader's language", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建5G基站", targetValue: 2500, unit: "个", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
    ]);
    const [towers, transfer] = commitments.map((c) => c.id);
    const cells = new Map<number, Cells>([
      [towers, { asOf: "6月底", actualValue: "约1200", narrative: "" }],
      [transfer, { asOf: "2023-06-30", done: "maybe", narrative: "Transferred" }],
    ]);
    const said = async (sheet: Locale, reader: Locale) => {
      const result = await upload(official, sheet, cells, reader);
      if (result.ok) throw new Error("accepted");
      return Object.values(result.fieldErrors ?? {});
    };
    expect(await said("en", "en")).toEqual([
      ["“As of” is not a valid date: write it as 2023-06-30", "fill in “Narrative” (at most 5,000 characters)", "“Actual value” must be a number"],
      ["“Done” must be Yes or No"],
    ]);
    // A sheet downloaded in English, uploaded from the Chinese page (and the converse).
    expect(await said("en", "zh")).toEqual([
      ["“As of”不是有效日期，请按 2023-06-30 的格式填写", "请填写“Narrative”（最多 5000 字）", "“Actual value”必须是数字"],
      ["“Done”请填“Yes”或“No”"],
    ]);
    expect(await said("zh", "en")).toEqual([
      ["“数据截至日期” is not a valid date: write it as 2023-06-30", "fill in “进展情况说明” (at most 5,000 characters)", "“实际完成值” must be a number"],
      ["“是否完成” must be 是 or 否"],
    ]);
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [towers, transfer] } } })).toBe(0);
  });
});
