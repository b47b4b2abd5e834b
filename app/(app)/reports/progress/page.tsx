import { PeriodForm } from "@/components/exports/period-form";
import { PrintStyles } from "@/components/exports/print-styles";
import { ProgressReportView } from "@/components/exports/progress-report-view";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { filtersToQuery, parseCommitmentFilters } from "@/lib/commitments/filters";
import { defaultPeriodKey, periodChoices } from "@/lib/exports/parse-period";
import { periodLabel } from "@/lib/exports/progress-report-text";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { progressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { getTranslator } from "@/lib/i18n/server-locale";
import { todayIsoDay } from "@/lib/time/today";
import { reportName } from "@/lib/reports/report-name";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("dashboard.progressReport", "export.download");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProgressReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("export.download");
  const { t, locale } = await getTranslator();
  const today = todayIsoDay();
  const params = await searchParams;
  const loaded = await loadProgressReport(actor, params, today);
  const report = loaded.ok ? loaded.value : null;
  // What the form shows: the period asked for, else the one the report was written for.
  const period = typeof params.period === "string" && params.period ? params.period : (report?.period.key ?? defaultPeriodKey(today, loaded.chosen?.year));
  // The list's filters narrow the report (a department, a status …): the Word file and another
  // period keep them, so both hold exactly what this page shows.
  const kept = Object.fromEntries(new URLSearchParams(filtersToQuery(parseCommitmentFilters(params), { report: undefined, page: undefined })));
  const docxQuery = report ? new URLSearchParams({ ...kept, period: report.period.key, report: String(report.report.id) }) : null;

  return (
    <>
      <PrintStyles />
      <PeriodForm
        period={period}
        choices={loaded.chosen ? periodChoices(loaded.chosen.year, today).map((p) => ({ value: p.key, label: periodLabel(p, t) })) : []}
        reportId={loaded.chosen?.id ?? loaded.reports[0]?.id}
        periodError={!loaded.ok && (loaded.error === "export.error.period" || loaded.error === "export.error.periodFuture") ? t(loaded.error) : undefined}
        reports={loaded.reports.map((r) => ({ id: r.id, label: reportName(r), lang: REPORT_LANG }))}
        docxHref={docxQuery ? `/api/exports/progress-report.docx?${docxQuery}` : null}
        keep={kept}
        labels={{
          period: t("progress.period"),
          periodHint: t("progress.periodHint"),
          report: t("progress.report"),
          show: t("progress.show"),
          docx: t("progress.docx"),
          print: t("progress.print"),
        }}
      />
      {report ? (
        <ProgressReportView report={progressReportViewModel(report, t, today, locale)} />
      ) : (
        // Without a report to head the page (a period mistyped, no report yet), the page's own name does.
        <>
          <PageHeader title={t("dashboard.progressReport")} />
          <EmptyState message={t(loaded.ok ? "progress.empty" : loaded.error)} />
        </>
      )}
    </>
  );
}
