// Deadline day: an official downloads the department's progress sheet (the real template route),
// fills in some rows in Excel and sends the file back through the bulk form's server action.
import ExcelJS from "exceljs";
import { columnIndex, DONE_NO, SHEET_NAME } from "@/lib/bulk-updates/sheet-layout";
import { encodeActionArgs, type EncodedAction } from "./server-actions";

/** Rows an official fills in per upload: a department's month of news, not its whole sheet. */
export const ROWS_PER_SHEET = 20;
/** Different uploads per official, so consecutive uploads report on different commitments. */
const SHEETS_PER_OFFICIAL = 5;
/** The day the bench's single submissions report too (every bench report is of that year). */
export const SHEET_AS_OF = "2023-12-30";

export interface SheetUpload {
  loginName: string;
  authorId: number;
  departmentId: number;
  encoded: EncodedAction;
  /** What the rows say, for the SQL floor that inserts the same updates. */
  rows: { commitmentId: number; actualValue: number | null; done: boolean | null }[];
}

export async function buildSheetUploads(
  base: string,
  officials: { id: number; loginName: string; departmentId: number }[],
  cookieOf: (loginName: string) => string,
): Promise<SheetUpload[]> {
  const uploads: SheetUpload[] = [];
  for (const official of officials) {
    const response = await fetch(`${base}/api/bulk-updates/template.xlsx`, { headers: { cookie: cookieOf(official.loginName) } });
    if (!response.ok) throw new Error(`progress sheet of ${official.loginName}: HTTP ${response.status}`);
    const template = await response.arrayBuffer();
    for (let variant = 0; variant < SHEETS_PER_OFFICIAL; variant++) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template);
      const sheet = workbook.getWorksheet(SHEET_NAME);
      const commitments = (sheet?.rowCount ?? 1) - 1;
      if (!sheet || commitments < ROWS_PER_SHEET) throw new Error(`progress sheet of ${official.loginName}: ${commitments} rows`);
      const rows: SheetUpload["rows"] = [];
      for (let k = 0; k < ROWS_PER_SHEET; k++) {
        const row = sheet.getRow(2 + ((variant * ROWS_PER_SHEET + k) % commitments));
        const milestone = row.getCell(columnIndex("done")).dataValidation?.type === "list";
        const actualValue = milestone ? null : 10 + ((variant * 7 + k) % 90);
        // What Excel stores when a date is typed into the sheet's yyyy-mm-dd cells.
        row.getCell(columnIndex("asOf")).value = new Date(`${SHEET_AS_OF}T00:00:00Z`);
        if (milestone) row.getCell(columnIndex("done")).value = DONE_NO;
        else row.getCell(columnIndex("actualValue")).value = actualValue;
        row.getCell(columnIndex("narrative")).value = `压测批量填报 ${variant}-${k}`;
        rows.push({ commitmentId: Number(row.getCell(columnIndex("id")).value), actualValue, done: milestone ? false : null });
      }
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const encoded = await encodeActionArgs({
        sheet: { filename: "进展填报表.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes },
      });
      uploads.push({ loginName: official.loginName, authorId: official.id, departmentId: official.departmentId, encoded, rows });
    }
  }
  return uploads;
}
