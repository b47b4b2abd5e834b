import { ReportCards } from "@/components/reports/report-cards";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listReports } from "@/lib/reports/list-reports";
import { titled } from "@/lib/i18n/page-title";
import { reportName } from "@/lib/reports/report-name";

export const generateMetadata = titled("home.title", "report.view");

export default async function HomePage() {
  const actor = await requireActor("report.view");
  const [{ t }, reports] = await Promise.all([getTranslator(), listReports(actor)]);
  return (
    <>
      <PageHeader title={t("home.title")} />
      <h2 className="mb-3 text-lg font-medium">{t("home.reports")}</h2>
      {reports.length === 0 ? (
        <EmptyState message={t("home.noReports")} />
      ) : (
        <ReportCards
          cards={reports.map((r) => ({
            id: r.id,
            heading: reportName(r, " · "),
            issuer: r.issuer,
            // An official's count is their department's (listReports), and says so.
            commitmentsLabel: t(actor.role === "OFFICIAL" ? "home.departmentCommitmentCount" : "home.commitmentCount", { count: r._count.commitments }),
            // The sections holding those commitments, as the dashboard's chart by section; none to say without any.
            sectionsLabel: r._count.commitments > 0 ? t("home.sectionCount", { count: r._count.sections }) : null,
          }))}
        />
      )}
    </>
  );
}
