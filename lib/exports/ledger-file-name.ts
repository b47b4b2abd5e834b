import type { ReportChoice } from "@/lib/dashboard/pick-report";
import { reportName } from "@/lib/reports/report-name";
import type { ExportGrouping } from "./export-rows";

/** A download's file names: the reader's in each language, and the ASCII fallback for a client that reads no UTF-8 name. */
export interface DownloadNames {
  zh: string;
  en: string;
  ascii: string;
}

const LAYOUT = { none: { zh: "", en: "" }, section: { zh: "-按部分", en: "-by-section" }, department: { zh: "-按牵头单位", en: "-by-department" } } as const;

/**
 * The ledger's file names: each layout its own, and the report's name when the list was of one
 * report ("督办台账-洛阳市2023年政府工作报告-2026-12-07.xlsx", "duban-洛阳市2023年政府工作报告-2026-12-07.xlsx":
 * the report is called by its Chinese name in English too, as the pages call it), so two reports'
 * ledgers of one day are not the same file. Named by report as the Word report is. Only the ASCII
 * fallback, which can hold no Chinese, names the report by its number.
 */
export function ledgerFileNames(extension: "xlsx" | "csv", today: string, report: ReportChoice | null, sheets?: ExportGrouping): DownloadNames {
  const layout = LAYOUT[sheets ?? "none"];
  const named = report ? `-${reportName(report, "年")}` : "";
  // "report-1", not the year and id run together ("2023-1-2026-12-07" read as dates).
  const numbered = report ? `-report-${report.id}` : "";
  return {
    zh: `督办台账${layout.zh}${named}-${today}.${extension}`,
    en: `duban${layout.en}${named}-${today}.${extension}`,
    ascii: `duban${layout.en}${numbered}-${today}.${extension}`,
  };
}

/** The progress report's Word file, named by its report and period in either language ("progress-report-洛阳市2023年政府工作报告-2023-07.docx"). */
export function progressReportFileNames(periodKey: string, report: { id: number; year: number; title: string; issuer: string }): DownloadNames {
  const named = reportName(report, "年");
  return { zh: `进展报告-${named}-${periodKey}.docx`, en: `progress-report-${named}-${periodKey}.docx`, ascii: `progress-report-${periodKey}-report-${report.id}.docx` };
}
