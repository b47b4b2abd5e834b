import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { ReportText } from "@/components/reports/report-text";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { getReport } from "@/lib/reports/get-report";
import { listReportQuotes } from "@/lib/reports/list-report-quotes";
import { parseId } from "@/lib/http/parse-id";
import { reportName } from "@/lib/reports/report-name";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import type { Metadata } from "next";
import { DeleteReportForm } from "@/components/reports/delete-report-form";
import { can } from "@/lib/permissions/permissions";
import { EditReportForm } from "@/components/reports/edit-report-form";
import { deleteReportAction, updateReportAction } from "./actions";
import { countReportWork, hasWork } from "@/lib/reports/count-report-work";
import { SentenceWithData } from "@/components/ui/sentence-with-data";

/** The report's name names the tab; unknown, the page is "not found" and so is its title. */
export async function generateMetadata({ params }: { params: Promise<{ reportId: string }> }): Promise<Metadata> {
  const actor = await requireActor("report.view");
  const reportId = parseId((await params).reportId);
  const report = reportId ? await getReport(reportId, actor) : null;
  return { title: report ? reportName(report) : (await getTranslator()).t("notFound.title") };
}

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ reportId: string }>;
  searchParams: Promise<{ imported?: string }>;
}) {
  const actor = await requireActor("report.view");
  const reportId = parseId((await params).reportId);
  const justImported = (await searchParams).imported === "1";
  const report = reportId ? await getReport(reportId, actor) : null;
  if (!report) notFound();
  const mayDelete = can(actor, "report.delete");
  const [{ t }, quotes, work] = await Promise.all([getTranslator(), listReportQuotes(actor, report.id), mayDelete ? countReportWork(report.id) : null]);
  return (
    <>
      <PageHeader title={reportName(report, " · ")} lang={REPORT_LANG} />
      <div className="-mt-4 mb-6 text-sm text-slate-500">
        <p lang={REPORT_LANG}>{report.issuer}</p>
        {can(actor, "report.update") && (
          <EditReportForm
            action={updateReportAction}
            // Only what the form shows: the report's text is not sent to the browser twice.
            report={{ id: report.id, title: report.title, issuer: report.issuer }}
            labels={{
              open: t("reports.edit.open"),
              title: t("reports.edit.title"),
              hint: t("reports.edit.hint"),
              reportTitle: t("reports.edit.reportTitle"),
              issuer: t("reports.edit.issuer"),
              submit: t("reports.edit.submit"),
            }}
          />
        )}
      </div>
      {justImported && (
        // The count is the report's own, not a number carried in the address.
        <SuccessNotice>
          {t("import.imported", { count: report.sections.reduce((sum, s) => sum + s._count.commitments, 0) })}{" "}
          <Link href={`/commitments?report=${report.id}`} className="font-medium underline">
            {t("import.viewCommitments")}
          </Link>
        </SuccessNotice>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <Card className="h-fit lg:sticky lg:top-4">
          <h2 className="mb-1 font-medium">{t("reports.sections")}</h2>
          {/* What the counts count: an official's are their department's (the others read "(0)"). */}
          <p className="mb-2 text-xs text-slate-500" data-testid="section-counts">
            {actor.role === "OFFICIAL" && actor.departmentName ? (
              <SentenceWithData template={t("reports.sectionCountsDepartment")} data={{ department: actor.departmentName }} />
            ) : (
              t("reports.sectionCounts")
            )}
          </p>
          <ol className="space-y-1 text-sm">
            {report.sections.map((s) => (
              <li key={s.id}>
                <a lang={REPORT_LANG} href={`#p-${s.start}`} className="hover:underline">
                  <span className="text-slate-500">{s.code}</span> {s.title}
                </a>
                <span className="ml-1 text-xs text-slate-500">({s._count.commitments})</span>
              </li>
            ))}
          </ol>
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="sr-only">{t("reports.text")}</h2>
            <ReportText
              text={report.sourceText}
              highlights={quotes.map((q) => ({ start: q.quoteStart, end: q.quoteEnd, id: `c-${q.id}`, href: `/commitments/${q.id}` }))}
            />
          </Card>
          {mayDelete && (
            <DeleteReportForm
              action={deleteReportAction}
              reportId={report.id}
              blocked={work && hasWork(work) ? t("reports.delete.worked", { ...work }) : undefined}
              labels={{
                title: t("reports.delete.title"),
                hint: t("reports.delete.hint"),
                submit: t("reports.delete.submit"),
                ask: { question: t("reports.delete.ask"), confirm: t("reports.delete.confirm"), cancel: t("form.cancel") },
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}
