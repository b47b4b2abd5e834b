import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { formatTarget } from "@/lib/commitments/format-target";
import { listCommitmentsBySection } from "@/lib/commitments/list-commitments-by-section";
import { parseId } from "@/lib/http/parse-id";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listReports } from "@/lib/reports/list-reports";

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<{ report?: string }> }) {
  const actor = await requireActor("commitment.view");
  const [{ t, locale }, reports] = await Promise.all([getTranslator(), listReports()]);
  const requested = parseId((await searchParams).report);
  const report = reports.find((r) => r.id === requested) ?? reports[0];
  const sections = report ? await listCommitmentsBySection(actor, report.id) : [];
  return (
    <>
      <PageHeader title={t("commitments.title")}>
        {reports.length > 1 && (
          <nav className="flex gap-2 text-sm">
            {reports.map((r) => (
              <Link key={r.id} href={`/commitments?report=${r.id}`} className={r.id === report?.id ? "font-semibold" : "text-slate-500"}>
                {r.year} {r.title}
              </Link>
            ))}
          </nav>
        )}
      </PageHeader>
      {sections.length === 0 ? (
        <EmptyState message={t("commitments.empty")} />
      ) : (
        sections.map((section) => (
          <section key={section.id} className="mb-8">
            <h2 className="mb-2 text-lg font-medium">
              <span className="text-slate-500">{section.code}</span> {section.title}
            </h2>
            <table className="w-full rounded-lg bg-white text-sm shadow-sm" data-testid={`section-${section.code}`}>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th className="w-1/5 px-3 py-2">{t("commitments.indicator")}</th>
                  <th className="px-3 py-2">{t("commitments.target")}</th>
                  <th className="px-3 py-2">{t("commitments.deadline")}</th>
                  <th className="px-3 py-2">{t("commitments.leadDepartment")}</th>
                  <th className="w-2/5 px-3 py-2">{t("commitments.quote")}</th>
                </tr>
              </thead>
              <tbody>
                {section.commitments.map((c) => (
                  <tr key={c.id} className="border-t border-slate-100 align-top" data-testid="commitment-row">
                    <td className="px-3 py-2 font-medium">{c.indicator}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {c.kind === "MILESTONE" ? t("commitments.milestone") : formatTarget(c, locale)}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {c.deadline.toISOString().slice(0, 10)}
                      {!c.deadlineStated && <span className="ml-1 text-xs text-slate-400">({t("commitments.deadlineDefault")})</span>}
                    </td>
                    <td className="px-3 py-2">{c.leadDepartment?.name ?? t("common.none")}</td>
                    <td className="px-3 py-2 text-slate-600">
                      <Link href={`/reports/${c.reportId}#c-${c.id}`} className="hover:underline">
                        {c.quote}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </>
  );
}
