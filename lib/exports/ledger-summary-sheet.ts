import type ExcelJS from "exceljs";
import { withColon } from "@/lib/i18n/label-punctuation";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_LIGHTS } from "@/lib/progress/status-light";
import type { LedgerSummary, LedgerSummaryLine } from "./ledger-summary-sql";
import { meanPercentCell, type SummaryHeader } from "./ledger-summary-text";
import { uniqueSheetName } from "./sheet-name";

// The ledger's first sheet (汇总), for the leaders it is sent up to: what the ledger is of, then a
// line per lead department with its commitments per status light (the ledger's 状态 and the
// dashboard's lights), their number and 平均完成率, and the total line.

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

function addLine(sheet: ExcelJS.Worksheet, label: string, line: LedgerSummaryLine, t: Translate): ExcelJS.Row {
  const mean = meanPercentCell(line.meanPercent, t);
  const row = sheet.addRow([label, ...STATUS_LIGHTS.map((l) => line.lights[l]), line.total, mean.value]);
  if (mean.numFmt) row.getCell(STATUS_LIGHTS.length + 3).numFmt = mean.numFmt;
  return row;
}

/** Adds and commits the summary sheet; its name is taken in `used` first, so no group sheet can take it. */
export function addSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, used: Set<string>, summary: LedgerSummary, header: SummaryHeader, t: Translate) {
  const sheet = workbook.addWorksheet(uniqueSheetName(t("export.summary.sheetName"), used));
  sheet.columns = [{ width: 24 }, ...STATUS_LIGHTS.map(() => ({ width: 10 })), { width: 9 }, { width: 12 }];
  sheet.addRow([header.heading]).font = { bold: true, size: 14 };
  for (const line of [header.filters, header.scope, header.exportedOn]) if (line !== null) sheet.addRow([line]);
  sheet.addRow([]);
  const columns = sheet.addRow([t("export.col.lead"), ...STATUS_LIGHTS.map((l) => t(`light.${l}`)), t("dashboard.col.total"), t("dashboard.col.meanPercent")]);
  columns.font = { bold: true };
  columns.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  columns.fill = HEADER_FILL;
  for (const line of summary.departments) addLine(sheet, line.department ?? t("export.noLead"), line, t);
  addLine(sheet, t("export.summary.total"), summary.total, t).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([`${withColon(t("dashboard.col.meanPercent"))}${t("dashboard.meanPercentHint")}`]);
  sheet.commit();
}
