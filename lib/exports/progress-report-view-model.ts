import type { Sentence } from "@/lib/i18n/sentence";
import type { Locale, Translate } from "@/lib/i18n/translate";
import type { StatusLight } from "@/lib/progress/status-light";
import type { ProgressReport } from "./build-progress-report";
import { figureLang, REPORT_LANG } from "@/lib/reports/report-lang";
import { closingsLine, departmentHeading, lightChange, percentChange, progressLines, rangeLine, reportHeading, scopeSentence, summaryLine, targetLines } from "./progress-report-text";

export interface ProgressReportViewItem {
  id: number;
  indicator: string;
  /** The target, then the changes to it approved in the period. */
  target: string[];
  /** The target's own line is the report's words (marked Chinese) while it holds them: a unit with no English, or a Chinese page. */
  targetLang: typeof REPORT_LANG | undefined;
  /** Whether a 延期 / 调整 was approved in the period. */
  changed: boolean;
  deadline: string;
  light: StatusLight;
  lightLabel: string;
  /** "进度滞后 → 已逾期" or one light when unchanged */
  statusChange: string;
  percentChange: string;
  updates: string[];
}

export interface ProgressReportViewModel {
  heading: string;
  range: string;
  /** "办结、延期和调整情况截至 2026-12-07…" for a whole year made after it (closingsLine), else null. */
  closings: string | null;
  generatedAt: string;
  summaryTitle: string;
  summary: string;
  /** Part of the report's commitments only (scopeLine, unfilled: its department is data), or null. */
  scope: Sentence | null;
  departments: { key: string; heading: string; items: ProgressReportViewItem[] }[];
  columns: { indicator: string; target: string; deadline: string; status: string; percent: string; updates: string };
  empty: string;
}

/** The progress report as the printable page shows it, in the reader's language. */
export function progressReportViewModel(report: ProgressReport, t: Translate, generatedOn: string, locale: Locale = "zh"): ProgressReportViewModel {
  return {
    heading: reportHeading(report, t),
    range: rangeLine(report, t),
    closings: closingsLine(report, t),
    generatedAt: t("progress.generatedAt", { date: generatedOn }),
    summaryTitle: t("progress.summary"),
    summary: summaryLine(report, t),
    scope: scopeSentence(report, t),
    empty: t("progress.empty"),
    columns: {
      indicator: t("progress.col.indicator"),
      target: t("progress.col.target"),
      deadline: t("progress.col.deadline"),
      status: t("progress.col.status"),
      percent: t("progress.col.percent"),
      updates: t("progress.col.updates"),
    },
    departments: report.departments.map((d, i) => ({
      key: `${i}-${d.name ?? ""}`,
      heading: departmentHeading(d, t),
      items: d.items.map((item) => {
        const target = targetLines(item, t, locale);
        return {
          id: item.id,
          indicator: `${item.sectionCode} ${item.indicator}`,
          target,
          // "up 0.7 percentage points" is English; "≥ 5000万碗" would still hold the report's unit.
          targetLang: figureLang(target[0]),
          changed: item.changes.length > 0,
          deadline: item.deadline,
          light: item.lightNow,
          lightLabel: t(`light.${item.lightNow}`),
          statusChange: lightChange(item, t),
          percentChange: percentChange(item, t),
          updates: progressLines(item, t, locale),
        };
      }),
    })),
  };
}
