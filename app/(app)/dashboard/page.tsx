import Link from "next/link";
import { AsOfForm } from "@/components/dashboard/as-of-form";
import { AttentionList, type AttentionListItem } from "@/components/dashboard/attention-list";
import { LeagueTable } from "@/components/dashboard/league-table";
import { SectionProgressChart } from "@/components/dashboard/section-progress-chart";
import { StatusDistributionChart } from "@/components/dashboard/status-distribution-chart";
import { SummaryCards } from "@/components/dashboard/summary-cards";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { formatPercent } from "@/lib/commitments/format-figures";
import { LEAGUE_SORTS, parseDashboardParams, type DashboardParams, type LeagueSort } from "@/lib/dashboard/dashboard-params";
import type { AttentionItem } from "@/lib/dashboard/list-attention-items";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { pickReport } from "@/lib/dashboard/pick-report";
import { getTranslator } from "@/lib/i18n/server-locale";
import type { Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { todayIsoDay } from "@/lib/time/today";
import { reportName } from "@/lib/reports/report-name";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("dashboard.title", "commitment.view");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const percent = (value: number | null) => (value === null ? "—" : formatPercent(value));

const LEAGUE_LABELS: Record<LeagueSort, MessageKey> = {
  name: "dashboard.col.name",
  total: "dashboard.col.total",
  meanPercent: "dashboard.col.meanPercent",
  completed: "dashboard.col.completed",
  overdue: "dashboard.col.overdue",
  unmet: "light.UNMET",
  atRisk: "dashboard.col.atRisk",
};

function dashboardHref(p: DashboardParams, reportId: number, today: string, overrides: Partial<DashboardParams> = {}) {
  const merged = { ...p, ...overrides };
  const query = new URLSearchParams({ report: String(reportId), sort: merged.sort, dir: merged.dir });
  if (merged.asOf !== today) query.set("asOf", merged.asOf);
  return `/dashboard?${query}`;
}

function attentionItems(items: AttentionItem[], t: Translate): AttentionListItem[] {
  return items.map((i) => ({
    id: i.id,
    indicator: i.indicator,
    deadline: i.deadline.toISOString().slice(0, 10),
    department: i.leadDepartment,
    percent: percent(i.latestPercent),
    light: i.light,
    lightLabel: t(`light.${i.light}`),
  }));
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("commitment.view");
  const { t } = await getTranslator();
  const today = todayIsoDay();
  const asked = parseDashboardParams(await searchParams, today);
  const { reports, report } = await pickReport(asked.report, actor);
  if (!report) {
    // An address naming a report that is not there (deleted, mistyped) is told so, with the way on.
    const missing = reports.length > 0;
    return (
      <>
        <PageHeader title={t("dashboard.title")} />
        <EmptyState message={t(missing ? "dashboard.reportNotFound" : "progress.noReport")} />
        {missing && (
          <p className="mt-3 text-center text-sm">
            <Link href="/dashboard" className="text-brand-700 hover:underline">{t("dashboard.newestReport")}</Link>
          </p>
        )}
      </>
    );
  }
  // A day before the report's year began says nothing of its work: today is shown, and said so.
  // (Not today itself: a coming year's report, imported early, shows today without a notice.)
  const beforeYear = asked.asOf !== today && asked.asOf < `${report.year}-01-01`;
  const params = beforeYear ? { ...asked, asOf: today } : asked;
  const scope = { actor, reportId: report.id, asOf: params.asOf, today };
  const data = await loadDashboard(scope, report.year, { sort: params.sort, dir: params.dir });
  const { summary } = data;
  const more = (total: number, shown: number) => (total > shown ? t("dashboard.more", { count: total - shown }) : null);

  return (
    <>
      <PageHeader title={t("dashboard.title")}>
        <Link href={`/reports/progress?report=${report.id}`} className="text-sm text-brand-700 hover:underline">
          {t("dashboard.progressReport")}
        </Link>
      </PageHeader>
      <AsOfForm
        asOf={params.asOf}
        today={today}
        reportId={report.id}
        reports={reports.map((r) => ({ id: r.id, label: reportName(r), lang: REPORT_LANG }))}
        todayHref={dashboardHref(params, report.id, today, { asOf: today })}
        labels={{ asOf: t("dashboard.asOf"), hint: t("dashboard.asOfHint"), report: t("dashboard.report"), apply: t("dashboard.apply"), today: t("dashboard.today") }}
      />
      {(params.asOfRejected || beforeYear || params.asOf !== today) && (
        <p role="status" className="mb-4 rounded-lg bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {params.asOfRejected
            ? t("dashboard.badAsOf")
            : beforeYear
              ? t("dashboard.asOfBeforeYear", { date: asked.asOf, year: report.year })
              : t("dashboard.pastNotice", { date: params.asOf })}
        </p>
      )}
      {summary.total === 0 ? (
        <EmptyState message={t("dashboard.empty")} />
      ) : (
        <div className="space-y-6">
          <SummaryCards
            cards={[
              { key: "total", label: t("dashboard.total"), value: String(summary.total) },
              { key: "meanPercent", label: t("dashboard.meanPercent"), value: percent(summary.meanPercent), hint: t("dashboard.meanPercentHint") },
              { key: "completed", label: t("dashboard.completed"), value: String(summary.completed), tone: "good" },
              { key: "verified", label: t("dashboard.verified"), value: String(summary.verified), tone: "good" },
              { key: "overdue", label: t("dashboard.overdue"), value: String(summary.overdue), tone: summary.overdue ? "bad" : "default" },
              // Only once the supervising office has closed a miss: before the year's end it is always 0.
              ...(summary.unmet > 0 ? [{ key: "unmet", label: t("dashboard.unmet"), value: String(summary.unmet), tone: "bad" as const }] : []),
              { key: "atRisk", label: t("dashboard.atRisk"), value: String(summary.atRisk), tone: summary.atRisk ? "warn" : "default" },
            ]}
          />
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <h2 className="mb-3 font-semibold">{t("dashboard.distribution")}</h2>
              <StatusDistributionChart
                data={summary.distribution.filter((d) => d.count > 0).map((d) => ({ ...d, label: t(`light.${d.light}`) }))}
                labels={{
                  title: t("dashboard.distribution"),
                  count: t("dashboard.count"),
                  figures: summary.distribution
                    .filter((d) => d.count > 0)
                    .map((d) => `${t(`light.${d.light}`)} ${d.count}`)
                    .join(t("common.listSeparator")),
                }}
              />
            </Card>
            <Card>
              <h2 className="mb-3 font-semibold">{t("dashboard.trend")}</h2>
              <TrendChart
                data={data.trend}
                labels={{
                  title: t("dashboard.trend"),
                  approved: t("dashboard.trendApproved"),
                  meanPercent: t("dashboard.trendMean"),
                  // The figures as text for those who do not see the chart, punctuated in the reader's language.
                  figures: data.trend
                    .map((d) => t("dashboard.trendFigure", { month: d.month, approved: d.approved, mean: percent(d.meanPercent) }))
                    .join(t("common.listSeparator")),
                }}
              />
            </Card>
          </div>
          <Card>
            <h2 className="mb-3 font-semibold">{t("dashboard.bySection")}</h2>
            <SectionProgressChart
              data={data.sections.map((s) => ({ code: s.shortName ?? "", name: s.name ?? "", heading: t("dashboard.sectionHeading", { name: s.name ?? "", total: s.total }), meanPercent: s.meanPercent ?? 0, total: s.total }))}
              labels={{
                title: t("dashboard.bySection"),
                meanPercent: t("dashboard.col.meanPercent"),
                separator: t("common.listSeparator"),
              }}
            />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold">{t("dashboard.byDepartment")}</h2>
            <LeagueTable
              caption={t("dashboard.byDepartment")}
              columns={LEAGUE_SORTS.map((key) => ({
                key,
                label: t(LEAGUE_LABELS[key]),
                numeric: key !== "name",
                active: params.sort === key ? params.dir : undefined,
                // The active column turns round; another starts where a reader looks first: names from
                // A, figures from the largest.
                href: dashboardHref(params, report.id, today, { sort: key, dir: params.sort === key ? (params.dir === "desc" ? "asc" : "desc") : key === "name" ? "asc" : "desc" }),
              }))}
              rows={data.departments.map((d) => ({
                key: String(d.id ?? "none"),
                overdue: d.overdue > 0,
                lang: d.name ? { name: DATA_LANG } : undefined,
                cells: {
                  name: d.name ?? t("export.noLead"),
                  total: String(d.total),
                  meanPercent: percent(d.meanPercent),
                  completed: String(d.completed),
                  overdue: String(d.overdue),
                  unmet: String(d.unmet),
                  atRisk: String(d.atRisk),
                },
              }))}
            />
          </Card>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <h2 className="mb-3 font-semibold">{t("dashboard.overdueList")}</h2>
              <AttentionList
                testId="overdue-list"
                items={attentionItems(data.overdue.items, t)}
                none={t("export.noLead")}
                empty={t("dashboard.noneOverdue")}
                more={more(data.overdue.total, data.overdue.items.length)}
                // The list judges lights today: it shows exactly these only when the dashboard does too.
                moreHref={params.asOf === today ? `/commitments?report=${report.id}&status=OVERDUE` : undefined}
              />
            </Card>
            <Card>
              <h2 className="mb-3 font-semibold">{t("dashboard.dueSoon")}</h2>
              <AttentionList testId="due-soon-list" items={attentionItems(data.dueSoon.items, t)} none={t("export.noLead")} empty={t("dashboard.noneDueSoon")} more={more(data.dueSoon.total, data.dueSoon.items.length)} />
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
