import type { Locale, Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { reportName } from "@/lib/reports/report-name";
import { formatPercent } from "@/lib/commitments/format-figures";
import { unitName } from "@/lib/commitments/format-target";
import type { ExportRow } from "./export-rows";
import { targetCells } from "./target-cells";
import { changesText, officeNoteText } from "./office-records";
import { DATE_FORMAT, dayCell, numberCell, type ExportCell } from "./export-cell";

// The ledger's columns, shared by the Excel and the CSV writers so both always agree.

export interface ExportColumn {
  header: MessageKey;
  /** Width in characters (a CJK character counts about two). */
  width: number;
  wrap?: boolean;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: "export.col.seq", width: 6 },
  { header: "export.col.report", width: 22, wrap: true },
  { header: "export.col.section", width: 18, wrap: true },
  { header: "export.col.indicator", width: 26, wrap: true },
  { header: "export.col.quote", width: 60, wrap: true },
  { header: "export.col.target", width: 16 },
  { header: "export.col.comparator", width: 10 },
  { header: "export.col.targetValue", width: 10 },
  { header: "export.col.targetMin", width: 8 },
  { header: "export.col.targetMax", width: 8 },
  { header: "export.col.unit", width: 9 },
  { header: "export.col.deadline", width: 12 },
  { header: "export.col.lead", width: 18, wrap: true },
  { header: "export.col.supporting", width: 24, wrap: true },
  { header: "export.col.narrative", width: 44, wrap: true },
  { header: "export.col.actual", width: 12 },
  { header: "export.col.percent", width: 10 },
  { header: "export.col.asOf", width: 14 },
  { header: "export.col.light", width: 10 },
  { header: "export.col.review", width: 12 },
  { header: "export.col.reviewAsOf", width: 14 },
  { header: "export.col.updatedAt", width: 17 },
  { header: "export.col.changes", width: 40, wrap: true },
  { header: "export.col.officeNote", width: 40, wrap: true },
];

export type { ExportCell } from "./export-cell";
const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
const PERCENT_FORMAT = "0.00%";

const text = (value: string | null): ExportCell => ({ value: value || null });

function actualCell(row: ExportRow, t: Translate): ExportCell {
  if (row.kind === "MILESTONE") {
    return row.latestDone === null ? { value: null } : text(t(row.latestDone ? "workflow.update.doneYes" : "workflow.update.doneNo"));
  }
  return numberCell(row.latestActual);
}

function percentCell(percent: string | null): ExportCell {
  if (percent === null) return { value: null };
  // Stored as a fraction so Excel computes with it, shown with the two decimals kept (50.00%);
  // 99.99 must never print as 100. The CSV writes it as the pages do.
  return { value: Number(percent) / 100, numFmt: PERCENT_FORMAT, text: formatPercent(percent) };
}

/** Beijing wall time, written as if UTC: Excel dates have no time zone. */
function dateTimeCell(beijing: string): ExportCell {
  return { value: new Date(`${beijing}Z`), numFmt: DATE_TIME_FORMAT, text: beijing.slice(0, 16).replace("T", " ") };
}

export function exportCells(row: ExportRow, seq: number, t: Translate, locale: Locale = "zh"): ExportCell[] {
  return [
    { value: seq },
    text(reportName({ year: row.reportYear, title: row.reportTitle, issuer: row.reportIssuer })),
    text(row.sectionLabel),
    text(row.indicator),
    text(row.quote),
    ...targetCells(row, t, locale),
    // The unit the bare figures are in: "100 million yuan" for 亿元 in English, none for a measure word.
    text(row.kind === "MILESTONE" ? null : unitName(row.unit, locale)),
    { value: row.deadline, numFmt: DATE_FORMAT, text: row.deadline.toISOString().slice(0, 10) },
    text(row.leadDepartment),
    text(row.supporting),
    text(row.narrative),
    actualCell(row, t),
    percentCell(row.latestPercent),
    // The day the figures describe: 更新时间 is when the row last changed, not what it measures.
    dayCell(row.latestAsOf),
    text(t(`light.${row.light}`)),
    // The newest reading may not be the figure shown (returned, or still waiting): its state
    // comes with its own day, under headers that say whose it is.
    text(row.newestState ? t(`workflow.state.${row.newestState}`) : t("export.notReported")),
    dayCell(row.newestAsOf),
    dateTimeCell(row.updatedAt),
    text(row.changes ? changesText(row.changes, row, t, locale) : null),
    text(officeNoteText(row.decision, row.reminder, t)),
  ];
}

/** The label of a sheet's group: its section, or its lead department ("未指定牵头单位" if none). */
export function groupOf(row: ExportRow, groupBy: "section" | "department", t: Translate): { key: number; label: string } {
  if (groupBy === "section") return { key: row.sectionId, label: row.sectionLabel };
  return { key: row.leadDepartmentId ?? 0, label: row.leadDepartment ?? t("export.noLead") };
}
