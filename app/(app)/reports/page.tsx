import { ScrollTable } from "@/components/ui/scroll-table";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listReports } from "@/lib/reports/list-reports";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { titled } from "@/lib/i18n/page-title";
import { reportName } from "@/lib/reports/report-name";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { SuccessNotice } from "@/components/ui/success-notice";
import { can } from "@/lib/permissions/permissions";

export const generateMetadata = titled("reports.title", "report.view");

export default async function ReportsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await requireActor("report.view");
  const [{ t }, reports, { deleted }] = await Promise.all([getTranslator(), listReports(actor), searchParams]);
  const commitmentsLabel = t(actor.role === "OFFICIAL" ? "reports.departmentCommitments" : "nav.commitments");
  return (
    <>
      <PageHeader title={t("reports.title")} />
      {/* Where a deletion lands (the report's own page is gone): said, not carried in the address. */}
      {deleted === "1" && can(actor, "report.delete") && <SuccessNotice>{t("reports.delete.done")}</SuccessNotice>}
      {reports.length === 0 ? (
        <EmptyState message={t("reports.empty")} />
      ) : (
        // Below md each report is a card (as the commitment list's rows): the year beside the
        // report's name, the rest headed by their column's name — no column off screen.
        <ScrollTable className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm" cards label={t("reports.title")}>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="px-4 py-2 whitespace-nowrap">{t("reports.year")}</th>
              <th className="px-4 py-2">{t("reports.reportTitle")}</th>
              <th className="px-4 py-2">{t("reports.issuer")}</th>
              <th className="px-4 py-2">{commitmentsLabel}</th>
              <th className="px-4 py-2">{t("reports.importedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-t border-slate-100" data-testid="report-row">
                <td className="whitespace-nowrap max-md:font-medium" data-card="inline">{r.year}</td>
                <td data-card="inline">
                  <Link lang={REPORT_LANG} href={`/reports/${r.id}`} className="text-brand-700 hover:underline">
                    {reportName(r)}
                  </Link>
                </td>
                <td lang={REPORT_LANG} className="max-md:text-slate-600">{r.issuer}</td>
                <td data-label={commitmentsLabel}>{r._count.commitments}</td>
                <td className="whitespace-nowrap" data-label={t("reports.importedAt")}>{formatLocalTime(r.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
