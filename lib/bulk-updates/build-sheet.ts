import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import { db } from "@/lib/db";
import { translator, type Locale } from "@/lib/i18n/translate";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { DONE_ANSWERS, MAX_SHEET_ROWS, SHEET_COLUMNS, SHEET_NAMES, columnIndex } from "./sheet-layout";
import type { RowProblemKey } from "./row-problem";
import { sheetRefusal } from "./sheet-refusal";
import { figureValidation } from "./figure-validation";
import { REPORT_NAME_SELECT, reportName } from "@/lib/reports/report-name";
import { findReturnsToAnswer } from "@/lib/updates/find-returns-to-answer";

/** The cell of a returned reading to answer stands out (a light amber) among the commitments'. */
const RETURNED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFEF3C7" } };

/**
 * The official's department sheet, pre-filled with their open commitments and the returned
 * readings they still have to answer (with the reviewer's note), as .xlsx bytes, in the official's
 * language (an upload reads either language's sheet name, headers and answers).
 */
export async function buildBulkSheet(actor: Actor, locale: Locale = "zh"): Promise<Buffer> {
  const t = translator(locale);
  // Excel's own refusals are the upload's, naming the column as this sheet heads it.
  const refusal = (messageKey: RowProblemKey) => sheetRefusal(locale, { messageKey });
  const refusals = {
    actualNotRead: refusal("bulk.error.actualNotRead"),
    doneNotRead: refusal("bulk.error.doneNotRead"),
  };
  // The other kind's cell takes nothing (the upload refuses it): Excel says so as it is typed.
  const unread = (error: string) => ({ type: "textLength" as const, operator: "equal" as const, formulae: [0], allowBlank: true, showErrorMessage: true, errorStyle: "stop" as const, error });
  const where = { AND: [commitmentScopeWhere(actor), { status: { in: [...OPEN_STATUSES] } }] };
  const commitments = await db.commitment.findMany({
    where,
    orderBy: [{ reportId: "desc" }, { position: "asc" }],
    take: MAX_SHEET_ROWS,
    select: {
      id: true, kind: true, indicator: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, unit: true, quote: true, deadline: true,
      report: { select: REPORT_NAME_SELECT },
      section: { select: { code: true } },
    },
  });
  // What waits for an answer, for all rows in one statement: a row filled in answers it (submit-bulk-updates.ts).
  const returns = await findReturnsToAnswer(db, commitments.map((c) => c.id));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "督办 Duban";
  const sheet = workbook.addWorksheet(SHEET_NAMES[locale], { views: [{ state: "frozen", ySplit: 1, xSplit: columnIndex("indicator") }] });
  sheet.columns = SHEET_COLUMNS.map((c) => ({ key: c.key, header: t(c.header), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).getCell(columnIndex("returned")).note = t("bulk.sheet.returnedHint");
  for (const c of commitments) {
    const row = sheet.addRow({
      id: c.id,
      report: reportName(c.report),
      section: c.section.code,
      indicator: c.indicator,
      target: formatTargetOrMilestone(c, t("commitments.milestone"), locale),
      deadline: c.deadline,
    });
    row.getCell(columnIndex("deadline")).numFmt = "yyyy-mm-dd";
    row.getCell(columnIndex("asOf")).numFmt = "yyyy-mm-dd";
    row.getCell(columnIndex("narrative")).alignment = { wrapText: true, vertical: "top" };
    const returned = returns.get(c.id);
    if (returned) {
      const cell = row.getCell(columnIndex("returned"));
      cell.value = returned.map((r) => t("bulk.sheet.returned", { asOf: r.asOf, note: r.reviewNote ?? "—" })).join("\n");
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.fill = RETURNED_FILL;
    }
    if (c.kind === "MILESTONE") {
      row.getCell(columnIndex("done")).dataValidation = { type: "list", allowBlank: true, formulae: [`"${DONE_ANSWERS[locale].yes},${DONE_ANSWERS[locale].no}"`] };
      row.getCell(columnIndex("actualValue")).dataValidation = unread(refusals.actualNotRead);
    } else {
      row.getCell(columnIndex("actualValue")).dataValidation = figureValidation(c, locale);
      row.getCell(columnIndex("done")).dataValidation = unread(refusals.doneNotRead);
    }
  }
  // A department with more open commitments than one upload takes is told so, on a sheet of its
  // own: the upload reads only the sheet named as in SHEET_NAMES, so the note cannot be taken for a row.
  if (commitments.length === MAX_SHEET_ROWS) {
    const total = await db.commitment.count({ where });
    if (total > MAX_SHEET_ROWS) {
      const notes = workbook.addWorksheet(t("bulk.sheet.notesName"));
      notes.getColumn(1).width = 100;
      notes.addRow([t("bulk.sheet.truncated", { shown: MAX_SHEET_ROWS, total })]).getCell(1).alignment = { wrapText: true };
      sheet.getCell("A1").note = t("bulk.sheet.truncated", { shown: MAX_SHEET_ROWS, total });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
