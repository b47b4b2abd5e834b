import Link from "next/link";
import { ImportForm } from "@/components/imports/import-form";
import { PruneSavedReviews } from "@/components/imports/prune-saved-reviews";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { requireActor } from "@/lib/auth/require-actor";
import { listImportDrafts } from "@/lib/imports/get-import-draft";
import { getTranslator } from "@/lib/i18n/server-locale";
import { startImportAction } from "./actions";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { titled } from "@/lib/i18n/page-title";
import { reportName } from "@/lib/reports/report-name";

export const generateMetadata = titled("import.title", "report.import");

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ discarded?: string }> }) {
  const actor = await requireActor("report.import");
  const [{ t }, drafts, { discarded }] = await Promise.all([getTranslator(), listImportDrafts(), searchParams]);
  return (
    <>
      <PageHeader title={t("import.title")} />
      {discarded === "1" && (
        <SuccessNotice>{t("import.discarded")}</SuccessNotice>
      )}
      <PruneSavedReviews userId={actor.id} waiting={drafts.map((d) => d.id)} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Card>
          <ImportForm
            action={startImportAction}
            defaultIssuer=""
            labels={{
              title: t("import.title"),
              file: t("import.file"),
              paste: t("import.paste"),
              issuer: t("import.issuer"),
              issuerHint: t("import.issuerHint"),
              year: t("import.year"),
              submit: t("import.submit"),
              submitting: t("import.submitting"),
            }}
          />
        </Card>
        <Card className="h-fit">
          <h2 className="mb-3 font-medium">{t("import.drafts")}</h2>
          {drafts.length === 0 ? (
            <EmptyState message={t("import.noDrafts")} />
          ) : (
            <ul className="space-y-2 text-sm">
              {drafts.map((d) => (
                <li key={d.id}>
                  <Link href={`/reports/import/${d.id}`} className="text-brand-700 hover:underline">
                    {reportName(d, " · ")}
                  </Link>
                  <div className="text-xs text-slate-500">
                    {d.issuer} · {d.createdBy.displayName} · {formatLocalTime(d.createdAt)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
