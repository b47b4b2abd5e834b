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
  it("refuses a 是否完成 filled on a figure's row and a figure on a milestone's, naming the column, and writes nothing of the file", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建口袋公园", targetValue: 90, unit: "个", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
      { indicator: "新建5G基站", targetValue: 2500, unit: "个", leadDepartmentId: mine.id },
    ]);
    const [parks, transfer, towers] = commitments.map((c) => c.id);
    const cells = new Map<number, Cells>([
      [parks, { asOf: "2023-06-30", actualValue: 90, done: "是", narrative: "已建成90个" }],
      [transfer, { asOf: "2023-06-30", actualValue: 100, done: "是", narrative: "已完成划转" }],
      [towers, { asOf: "2023-06-30", actualValue: 1200, narrative: "已建1200个" }],
    ]);
    const refused = await upload(official, "zh", cells, "zh");
    expect(refused).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    if (!refused.ok) {
      expect(Object.values(refused.fieldErrors ?? {})).toEqual([
        ["本项是数量指标，不读取“是否完成”（只用于节点任务），请清空此栏"],
        ["本项是节点任务，不读取“实际完成值”（只用于数量指标），请清空此栏"],
      ]);
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [parks, transfer, towers] } } })).toBe(0);

    // Each cell cleared, the file goes in whole.
    cells.set(parks, { ...cells.get(parks), done: "" });
    cells.set(transfer, { ...cells.get(transfer), actualValue: "" });
    expect(await upload(official, "zh", cells, "zh")).toMatchObject({ ok: true, data: { count: 3 } });
  });

  it("stops that cell in Excel itself, as the upload would refuse it, in the sheet's language", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建口袋公园", targetValue: 90, unit: "个", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
    ]);
    const [parks, transfer] = commitments.map((c) => c.id);
    const stop = { type: "textLength", operator: "equal", formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: "stop" };
    for (const [locale, done, figure] of [
      ["zh", "本项是数量指标，不读取“是否完成”（只用于节点任务），请清空此栏", "本项是节点任务，不读取“实际完成值”（只用于数量指标），请清空此栏"],
      ["en", '"Done" is not read for a numeric target (only for a milestone): clear the cell', '"Actual value" is not read for a milestone (only for a numeric target): clear the cell'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(new Uint8Array(await buildBulkSheet(official, locale)).buffer);
      const sheet = workbook.worksheets[0];
      const rowOf = (id: number) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => Number(r.getCell(1).value) === id)!;
      expect(rowOf(parks).getCell(columnIndex("done")).dataValidation).toMatchObject({ ...stop, error: done });
      expect(rowOf(transfer).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ ...stop, error: figure });
      // The cells each kind reads keep theirs.
      expect(rowOf(parks).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ type: "decimal" });
      expect(rowOf(transfer).getCell(columnIndex("done")).dataValidation).toMatchObject({ type: "list" });
    }
  });

  it("as the uploaded sheet heads it (English or Chinese), in the reader's language", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建5G基站", targetValue: 2500, unit: "个", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
    ]);
    const [towers, transfer] = commitments.map((c) => c.id);
    const cells = new Map<number, Cells>([
      [towers, { asOf: "6月底", actualValue: "约1200", done: "Yes", narrative: "" }],
      [transfer, { asOf: "2023-06-30", actualValue: 1, done: "maybe", narrative: "Transferred" }],
    ]);
    const said = async (sheet: Locale, reader: Locale) => {
      const result = await upload(official, sheet, cells, reader);
      if (result.ok) throw new Error("accepted");
      return Object.values(result.fieldErrors ?? {});
    };
    expect(await said("en", "en")).toEqual([
      ['"As of" is not a valid date: write it as 2023-06-30', 'fill in "Narrative" (at most 5,000 characters)', 'write the exact figure in "Actual value" (such as 1200), without "约"', '"Done" is not read for a numeric target (only for a milestone): clear the cell'],
      ['"Done" must be Yes or No', '"Actual value" is not read for a milestone (only for a numeric target): clear the cell'],
    ]);
    // A sheet downloaded in English, uploaded from the Chinese page (and the converse).
    expect(await said("en", "zh")).toEqual([
      ["“As of”不是有效日期，请按 2023-06-30 的格式填写", "请填写“Narrative”（最多 5000 字）", "“Actual value”请填写确切的数字（如 1200），不要写“约”", "本项是数量指标，不读取“Done”（只用于节点任务），请清空此栏"],
      ["“Done”请填“Yes”或“No”", "本项是节点任务，不读取“Actual value”（只用于数量指标），请清空此栏"],
    ]);
    expect(await said("zh", "en")).toEqual([
      ['"数据截至日期" is not a valid date: write it as 2023-06-30', 'fill in "进展情况说明" (at most 5,000 characters)', 'write the exact figure in "实际完成值" (such as 1200), without "约"', '"是否完成" is not read for a numeric target (only for a milestone): clear the cell'],
      ['"是否完成" must be 是 or 否', '"实际完成值" is not read for a milestone (only for a numeric target): clear the cell'],
    ]);
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [towers, transfer] } } })).toBe(0);
  });
});
