import type { ReportChoice } from "@/lib/dashboard/pick-report";
import { reportName } from "@/lib/reports/report-name";
import type { ExportGrouping } from "./export-rows";

const LAYOUT = { none: { zh: "", ascii: "" }, section: { zh: "-按部分", ascii: "-by-section" }, department: { zh: "-按牵头单位", ascii: "-by-department" } } as const;

/**
 * The ledger's file names (the reader's, and the ASCII fallback): each layout its own, and the
 * report's name when the list was of one report ("督办台账-洛阳市2023年政府工作报告-2026-12-07.xlsx"),
 * so two reports' ledgers of one day are not the same file. Named by report as the Word report is.
 */
export function ledgerFileNames(extension: "xlsx" | "csv", today: string, report: ReportChoice | null, sheets?: ExportGrouping): { zh: string; ascii: string } {
  const layout = LAYOUT[sheets ?? "none"];
  const zhReport = report ? `-${reportName(report, "年")}` : "";
  // "report-1", not the year and id run together ("2023-1-2026-12-07" read as dates).
  const asciiReport = report ? `-report-${report.id}` : "";
  return { zh: `督办台账${layout.zh}${zhReport}-${today}.${extension}`, ascii: `duban${layout.ascii}${asciiReport}-${today}.${extension}` };
}
