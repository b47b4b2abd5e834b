import "server-only";
import { collectGarbageSoon } from "./collect-garbage";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import type { TCommitmentFilters } from "@/lib/commitments/filters";
import type { ReportChoice } from "@/lib/dashboard/pick-report";
import { CHINESE_READER, type Reader } from "@/lib/i18n/request-locale";
import type { Translate } from "@/lib/i18n/translate";
import { EXPORT_COLUMNS, exportCells, groupOf, type ExportCell } from "./export-columns";
import { prepareSummarizedExportRows, type ExportGrouping, type ExportRows } from "./export-rows";
import type { LedgerSummary } from "./ledger-summary-sql";
import { addSummarySheet } from "./ledger-summary-sheet";
import { summaryHeader, type SummaryHeader } from "./ledger-summary-text";
import { loadLedgerFilterNames } from "./load-ledger-filter-names";
import { uniqueSheetName } from "./sheet-name";
import { waitForDrain } from "./wait-for-drain";

// The ledger (台账) as .xlsx, written row by row with exceljs's streaming writer: a sheet's rows
// are committed (serialised and zipped) as they are added, so memory holds a batch, not the file.

export interface XlsxExportOptions {
  today: string;
  /** The report the list was narrowed to (ledgerReport), named above the summary; null for every report's. */
  report: ReportChoice | null;
  /** One sheet per section or per lead department; one sheet when undefined. */
  sheets?: ExportGrouping;
  /** The reader's language (Chinese by default). */
  reader?: Reader;
}

type Sheet = ExcelJS.Worksheet;
/** exceljs's typings leave out a row's own style (doc/row.js), which every row renders. */
type StyledRow = ExcelJS.Row & { style: Partial<ExcelJS.Style> };

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, used: Set<string>, t: Translate): Sheet {
  const sheet = workbook.addWorksheet(uniqueSheetName(name, used), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    width: c.width,
    style: { alignment: { vertical: "top", wrapText: c.wrap ?? false } },
  }));
  const header = sheet.addRow(EXPORT_COLUMNS.map((c) => t(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };
  header.commit();
  return sheet;
}

/**
 * exceljs finds a cell's style id by rendering the style to XML and looking the text up, unless
 * it has seen that very style object before (a WeakMap). Every cell gets its own copy of its
 * column's style, so 10,000 rows meant 160,000 renders: 430 of the 680 MB an export allocated,
 * and the churn grew the worker's heap (RSS) by ~20 MB per export. One object per column and
 * number format, and one empty row style, give the same ids without rendering: every part of
 * the workbook comes out as before.
 */
class SharedStyles {
  readonly row: Partial<ExcelJS.Style> = {};
  private readonly cells = new Map<string, Partial<ExcelJS.Style>>();

  share(cell: ExcelJS.Cell, column: number, value: ExportCell) {
    // exceljs gives a date without a format a default date format, by the cell's type, which its
    // WeakMap does not key on: such a cell keeps its own style object.
    if (value.value instanceof Date && !value.numFmt) return;
    const key = `${column} ${value.numFmt ?? ""}`;
    const style = this.cells.get(key);
    if (style) cell.style = style;
    else this.cells.set(key, cell.style);
  }
}

async function writeWorkbook(output: PassThrough, rows: ExportRows, summary: { lines: LedgerSummary; header: SummaryHeader }, sheets: ExportGrouping | undefined, { t, locale }: Reader) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = t("app.name");
  const used = new Set<string>();
  // First, so the file opens on it: leaders read the summary before the rows.
  addSummarySheet(workbook, used, summary.lines, summary.header, t);
  let sheet: Sheet | null = sheets ? null : addSheet(workbook, t("export.sheetName"), used, t);
  let groupKey: number | null = null;
  let seq = 0;
  const styles = new SharedStyles();
  for await (const batch of rows.batches()) {
    if (output.destroyed) return; // the client went away: stop reading the database
    for (const row of batch) {
      if (sheets) {
        const group = groupOf(row, sheets, t);
        // Rows arrive grouped, so a sheet is finished (and flushed) before the next one starts.
        if (sheet === null || group.key !== groupKey) {
          sheet?.commit();
          sheet = addSheet(workbook, group.label, used, t);
          groupKey = group.key;
          seq = 0;
        }
      }
      const cells = exportCells(row, ++seq, t, locale);
      const added = sheet!.addRow(cells.map((c) => c.value));
      (added as StyledRow).style = styles.row;
      cells.forEach((c, i) => {
        const cell = added.getCell(i + 1);
        if (c.numFmt) cell.numFmt = c.numFmt;
        styles.share(cell, i, c);
      });
      added.commit();
    }
    await waitForDrain(output);
  }
  // No row at all still gives a workbook with its header, not a broken file.
  (sheet ?? addSheet(workbook, t("export.sheetName"), used, t)).commit();
  await workbook.commit();
}

/**
 * The commitments of the list for `filters` (all pages, the actor's scope) as an .xlsx stream,
 * after a summary sheet of them. Which rows, and their summary, is settled before this returns;
 * the bytes are produced as the client reads them.
 */
export async function streamCommitmentsXlsx(actor: Actor, filters: TCommitmentFilters, options: XlsxExportOptions): Promise<ReadableStream<Uint8Array>> {
  const reader = options.reader ?? CHINESE_READER;
  const [{ rows, summary }, names] = await Promise.all([
    prepareSummarizedExportRows(actor, filters, options.today, { groupBy: options.sheets }),
    loadLedgerFilterNames(actor, filters),
  ]);
  const header = summaryHeader({ report: options.report, filters, names, today: options.today }, reader.t);
  const output = new PassThrough();
  output.once("close", collectGarbageSoon);
  writeWorkbook(output, rows, { lines: summary, header }, options.sheets, reader).catch((error: unknown) => {
    // Headers are gone already: all that is left is to break the download rather than end it cleanly.
    console.error("[export] xlsx failed", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
