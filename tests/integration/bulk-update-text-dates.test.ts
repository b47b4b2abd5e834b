import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { readBulkSheet } from "@/lib/bulk-updates/read-bulk-sheet";
import { SHEET_NAMES, columnIndex } from "@/lib/bulk-updates/sheet-layout";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";
import { actorFor, db, department, reportWithCommitments } from "./support";

/** The department's sheet with each commitment's 数据截至日期 typed as text, a figure and a note. */
async function uploadWithDays(official: Awaited<ReturnType<typeof actorFor>>, days: Map<number, string>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildBulkSheet(official)).buffer);
  workbook.getWorksheet(SHEET_NAMES.zh)!.eachRow((row, n) => {
    const day = n === 1 ? undefined : days.get(Number(row.getCell(1).value));
    if (day === undefined) return;
    row.getCell(columnIndex("asOf")).value = day; // a string: a cell formatted as text, or pasted text
    row.getCell(columnIndex("actualValue")).value = 3;
    row.getCell(columnIndex("narrative")).value = "按季度报送";
  });
  const read = await readBulkSheet(new Uint8Array(await workbook.xlsx.writeBuffer()).buffer);
  if (!("rows" in read)) throw new Error("unreadable");
  return executeAction(submitBulkUpdates, official, { rows: JSON.stringify(read.rows) });
}

describe("a progress sheet's 数据截至日期 typed as text", () => {
  it("is read year first however it is spelt and stored as that day; a day the calendar lacks or in a guessed order is named on its row", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const spellings = ["2023/9/30", "2023.9.30", "2023年9月30日", "2023-9-30", "２０２３／９／３０"];
    const { commitments } = await reportWithCommitments(spellings.map((_, i) => ({ indicator: `文本日期${i}`, targetValue: 10, leadDepartmentId: mine.id })));
    const ids = commitments.map((c) => c.id);

    const wrong = await uploadWithDays(official, new Map([[ids[0], "2023/2/30"], [ids[1], "9/30/2023"], [ids[2], "2023年9月30日"]]));
    expect(wrong).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    if (!wrong.ok) {
      expect(Object.values(wrong.fieldErrors ?? {}).flat().sort()).toEqual([
        "“数据截至日期”2023/2/30 不是实际存在的日期，请核对月和日",
        "“数据截至日期”9/30/2023 无法确定年、月、日的顺序，请按 2023-06-30 的格式（年-月-日）填写",
      ].sort());
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: ids } } })).toBe(0);

    const read = await uploadWithDays(official, new Map(ids.map((id, i) => [id, spellings[i]])));
    expect(read).toMatchObject({ ok: true, data: { count: spellings.length } });
    const stored = await db.progressUpdate.findMany({ where: { commitmentId: { in: ids } }, select: { asOf: true } });
    expect(stored.map((u) => u.asOf.toISOString().slice(0, 10))).toEqual(spellings.map(() => "2023-09-30"));
  });
});
