import { notFound } from "next/navigation";
import { PublicProgress, type PublicSection } from "@/components/public/public-progress";
import { formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listPublicProgress } from "@/lib/public/list-public-progress";
import { getSettings } from "@/lib/settings/get-settings";
import { todayIsoDay } from "@/lib/time/today";
import { parseId } from "@/lib/http/parse-id";
import { reportName } from "@/lib/reports/report-name";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import type { Metadata } from "next";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { setLocaleAction } from "../locale-action";

/** Named while it is open; closed, the page is not found and its tab says so. */
export async function generateMetadata(): Promise<Metadata> {
  const [{ t }, settings] = await Promise.all([getTranslator(), getSettings()]);
  return { title: t(settings.publicPageEnabled ? "public.pageTitle" : "notFound.title") };
}

// Read-only and anonymous (proxy.ts lets /public through); it exists only while an admin has it on.
export default async function PublicPage({ searchParams }: { searchParams: Promise<{ report?: string }> }) {
  const settings = await getSettings();
  if (!settings.publicPageEnabled) notFound();
  const today = todayIsoDay();
  const [{ t, locale }, data] = await Promise.all([getTranslator(), listPublicProgress(today, parseId((await searchParams).report))]);
  if (!data) notFound();
  const sections = new Map<number, PublicSection>();
  for (const r of data.rows) {
    const section = sections.get(r.sectionId) ?? { id: r.sectionId, heading: `${r.sectionCode} ${r.sectionTitle}`, rows: [] };
    section.rows.push({
      id: r.id,
      indicator: r.indicator,
      target: formatTargetOrMilestone(r, t("commitments.milestone"), locale),
      deadline: r.deadline.toISOString().slice(0, 10),
      department: r.leadDepartment,
      percent: r.latestPercent == null ? null : Number(r.latestPercent),
      light: r.light,
      lightLabel: t(`light.${r.light}`),
    });
    sections.set(r.sectionId, section);
  }
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("public.title", { year: data.report.year })}</h1>
        {/* A visitor reads it in either language, as on the login page. */}
        <LocaleSwitch locale={locale} label={t("nav.language")} action={setLocaleAction} />
      </div>
      <p className="mt-1 text-sm text-slate-600">
        <span lang={REPORT_LANG}>{data.report.issuer}</span> · {t("public.intro")}
        {t("public.asOf", { date: today })}
      </p>
      {data.reports.length > 1 && (
        <nav aria-label={t("list.report")} className="mt-3 flex flex-wrap gap-3 text-sm">
          {data.reports.map((r) => (
            <a key={r.id} href={`/public?report=${r.id}`} lang={REPORT_LANG} aria-current={r.id === data.report.id ? "page" : undefined} className={r.id === data.report.id ? "font-semibold" : "text-brand-700 hover:underline"}>
              {reportName(r)}
            </a>
          ))}
        </nav>
      )}
      <div className="mt-6">
        <PublicProgress
          sections={[...sections.values()]}
          labels={{
            indicator: t("commitments.indicator"),
            target: t("commitments.target"),
            deadline: t("commitments.deadline"),
            department: t("commitments.leadDepartment"),
            progress: t("list.progress"),
            status: t("list.status"),
            notReported: t("list.notReported"),
            none: t("common.none"),
          }}
        />
      </div>
    </main>
  );
}
