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
  return (
    <>
      <PageHeader title={t("reports.title")} />
      {/* Where a deletion lands (the report's own page is gone): said, not carried in the address. */}
      {deleted === "1" && can(actor, "report.delete") && <SuccessNotice>{t("reports.delete.done")}</SuccessNotice>}
      {reports.length === 0 ? (
        <EmptyState message={t("reports.empty")} />
      ) : (
        <ScrollTable className="w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="px-4 py-2">{t("reports.year")}</th>
              <th className="px-4 py-2">{t("reports.reportTitle")}</th>
              <th className="px-4 py-2">{t("reports.issuer")}</th>
              <th className="px-4 py-2">{t(actor.role === "OFFICIAL" ? "reports.departmentCommitments" : "nav.commitments")}</th>
              <th className="px-4 py-2">{t("reports.importedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-t border-slate-100">
                <td className="px-4 py-2">{r.year}</td>
                <td className="px-4 py-2">
                  <Link lang={REPORT_LANG} href={`/reports/${r.id}`} className="text-brand-700 hover:underline">
                    {reportName(r)}
                  </Link>
                </td>
                <td lang={REPORT_LANG} className="px-4 py-2">{r.issuer}</td>
                <td className="px-4 py-2">{r._count.commitments}</td>
                <td className="px-4 py-2">{formatLocalTime(r.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
