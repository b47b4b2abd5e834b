import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listReports } from "@/lib/reports/list-reports";

export default async function HomePage() {
  await requireActor("report.view");
  const [{ t }, reports] = await Promise.all([getTranslator(), listReports()]);
  return (
    <>
      <PageHeader title={t("home.title")} />
      <h2 className="mb-3 text-lg font-medium">{t("home.reports")}</h2>
      {reports.length === 0 ? (
        <EmptyState message={t("home.noReports")} />
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {reports.map((r) => (
            <Card key={r.id}>
              <Link href={`/reports/${r.id}`} className="text-lg font-medium text-brand-700 hover:underline">
                {r.year} · {r.title}
              </Link>
              <p className="mt-1 text-sm text-slate-500">{r.issuer}</p>
              <p className="mt-3 text-sm">
                <Link href={`/commitments?report=${r.id}`} className="hover:underline">
                  {t("home.commitmentCount", { count: r._count.commitments })}
                </Link>
                <span className="mx-2 text-slate-300">|</span>
                {t("home.sectionCount", { count: r._count.sections })}
              </p>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
