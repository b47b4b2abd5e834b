// Deadline day: an official downloads the department's progress sheet (the real template route),
// fills in some rows in Excel and sends the file back through the bulk form's server action.
import ExcelJS from "exceljs";
import { columnIndex, DONE_ANSWERS, SHEET_NAMES } from "@/lib/bulk-updates/sheet-layout";
import type { Pair } from "./scenarios";
import { actionHeaders, actionStatus, encodeActionArgs, findActionId, type EncodedAction } from "./server-actions";
import { inTransaction } from "./sql-floor";
import { AUDIT_APPEND_MANY_SQL, AUDIT_LOCK_SQL, BULK_RETURNS_SQL, BULK_SUBMIT_SQL } from "./sql-queries";
import { RUN_TAG } from "./run-tag";
import { rotate } from "./stats";

/** The progress-sheet scenario's key (`npm run bench:profile -- submitSheet`). */
export const SHEET_SCENARIO = "submitSheet";

/** Rows an official fills in per upload: a department's month of news, not its whole sheet. */
const ROWS_PER_SHEET = 20;
/**
 * Different uploads in all: the app refuses a sheet that repeats updates still waiting for
 * review (the same file uploaded twice), and nothing approves them during the bench, so no file
 * may be sent twice. Enough for 100 uploads/s over a scenario's warm-up and measurement.
 */
const DISTINCT_UPLOADS = 1_500;
/** The day the bench's single submissions report too (every bench report is of that year). */
const SHEET_AS_OF = "2023-12-30";

interface SheetUpload {
  loginName: string;
  authorId: number;
  departmentId: number;
  encoded: EncodedAction;
  /** What the rows say, for the SQL floor that inserts the same updates. */
  rows: { commitmentId: number; actualValue: number | null; done: boolean | null }[];
}

async function buildSheetUploads(
  base: string,
  officials: { id: number; loginName: string; departmentId: number }[],
  cookieOf: (loginName: string) => string,
): Promise<SheetUpload[]> {
  const byOfficial: SheetUpload[][] = [];
  const perOfficial = Math.ceil(DISTINCT_UPLOADS / Math.max(1, officials.length));
  for (const official of officials) {
    const response = await fetch(`${base}/api/bulk-updates/template.xlsx`, { headers: { cookie: cookieOf(official.loginName) } });
    if (!response.ok) throw new Error(`progress sheet of ${official.loginName}: HTTP ${response.status}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet(SHEET_NAMES.zh);
    const commitments = (sheet?.rowCount ?? 1) - 1;
    if (!sheet || commitments < ROWS_PER_SHEET) throw new Error(`progress sheet of ${official.loginName}: ${commitments} rows`);
    const uploads: SheetUpload[] = [];
    byOfficial.push(uploads);
    let filled: ExcelJS.Row[] = [];
    for (let variant = 0; variant < perOfficial; variant++) {
      // One workbook per official: the previous upload's rows are emptied again first.
      for (const row of filled) for (const key of ["asOf", "actualValue", "done", "narrative"] as const) row.getCell(columnIndex(key)).value = null;
      filled = [];
      const rows: SheetUpload["rows"] = [];
      for (let k = 0; k < ROWS_PER_SHEET; k++) {
        const row = sheet.getRow(2 + ((variant * ROWS_PER_SHEET + k) % commitments));
        filled.push(row);
        const milestone = row.getCell(columnIndex("done")).dataValidation?.type === "list";
        const actualValue = milestone ? null : 10 + ((variant * 7 + k) % 90);
        // What Excel stores when a date is typed into the sheet's yyyy-mm-dd cells.
        row.getCell(columnIndex("asOf")).value = new Date(`${SHEET_AS_OF}T00:00:00Z`);
        if (milestone) row.getCell(columnIndex("done")).value = DONE_ANSWERS.zh.no;
        else row.getCell(columnIndex("actualValue")).value = actualValue;
        row.getCell(columnIndex("narrative")).value = `压测批量填报 ${RUN_TAG}-${official.id}-${variant}-${k}`;
        rows.push({ commitmentId: Number(row.getCell(columnIndex("id")).value), actualValue, done: milestone ? false : null });
      }
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const encoded = await encodeActionArgs({
        sheet: { filename: "进展填报表.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes },
      });
      uploads.push({ loginName: official.loginName, authorId: official.id, departmentId: official.departmentId, encoded, rows });
    }
  }
  // Officials in turn, as on a deadline day: not one department's 150 uploads in a row.
  return Array.from({ length: perOfficial }, (_, variant) => byOfficial.map((uploads) => uploads[variant])).flat();
}

/**
 * The sheet's scenario: each upload over HTTP, and beside it the same rows in one INSERT and their
 * audit events in another. None when the sheets cannot be downloaded (said on stderr): that
 * leaves its line out, not the whole bench.
 */
export async function sheetPairs(
  appDir: string,
  base: string,
  officials: { id: number; loginName: string; departmentId: number }[],
  cookie: (loginName: string) => string,
): Promise<Pair[]> {
  const sheets = await buildSheetUploads(base, officials, cookie).catch((error: unknown) => {
    console.error(`[bench] progress sheets not measured: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  });
  if (sheets.length === 0) return [];
  const bulkId = findActionId(appDir, "app/(app)/bulk-updates/actions.ts", "submitBulkUpdatesAction");
  const nextSheet = rotate(sheets);
  const nextSheetSql = rotate(sheets);
  return [
    {
      key: SHEET_SCENARIO, label: `submit a progress sheet of ${ROWS_PER_SHEET} updates (server action POST /bulk-updates)`, probe: { path: "/bulk-updates", cookie: cookie(sheets[0].loginName) },
      http: {
        name: "submitSheet", method: "POST", verifyBody: (body) => actionStatus(body) === "success",
        next: () => {
          const u = nextSheet();
          return { path: "/bulk-updates", headers: actionHeaders(base, bulkId, cookie(u.loginName), u.encoded), body: u.encoded.body };
        },
      },
      sql: {
        name: "submitSheet",
        run: (pool) => inTransaction(pool, async (client) => {
          const u = nextSheetSql();
          await client.query(BULK_RETURNS_SQL, [u.rows.map((r) => r.commitmentId)]);
          const values = [u.rows.map((r) => r.commitmentId), u.authorId, SHEET_AS_OF, u.rows.map((r) => r.actualValue), u.rows.map((r) => r.done), "压测批量填报", u.departmentId];
          const { rows } = await client.query<{ id: number }>(BULK_SUBMIT_SQL, values);
          if (rows.length !== u.rows.length) throw new Error(`sheet floor: ${rows.length} of ${u.rows.length} rows in scope`);
          await client.query(AUDIT_LOCK_SQL);
          await client.query(AUDIT_APPEND_MANY_SQL, [u.authorId, "update.submit", rows.map((r) => String(r.id))]);
        }),
      },
      targetPerSecond: 200,
      updatesPerRequest: ROWS_PER_SHEET,
    },
  ];
}
