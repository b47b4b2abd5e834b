import { redirect } from "next/navigation";
import { BulkCloseUnmetForm } from "@/components/commitments/bulk-close-unmet-form";
import { BulkOwnersForm } from "@/components/commitments/bulk-owners-form";
import { ExportLinks } from "@/components/exports/export-links";
import { exportLinkLabels } from "@/lib/exports/export-link-labels";
import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { CommitmentTable, type SortableColumn } from "@/components/commitments/commitment-table";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { canonicalListQuery, filtersToQuery, isNarrowed, parseCommitmentFilters, type TCommitmentFilters } from "@/lib/commitments/filters";
import { formatLatestActual, formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { listFilterOptions } from "@/lib/commitments/list-filter-options";
import { getTranslator } from "@/lib/i18n/server-locale";
import { todayIsoDay } from "@/lib/time/today";
import { getSettings } from "@/lib/settings/get-settings";
import { showsStale } from "@/lib/progress/is-stale";
import { can } from "@/lib/permissions/permissions";
import { doneLabels } from "@/lib/updates/labels";
import { bulkAssignOwnersAction, bulkCloseUnmetAction } from "./bulk-actions";
import { listFilterFields } from "./filter-fields";
import { responsibleChoices, responsibleOnlySentence } from "./responsible-filter";
import { getResponsibleFilterPerson } from "@/lib/commitments/get-responsible-filter-person";
import { listOfficials } from "@/lib/users/list-officials";
import { departmentChoiceLabels } from "@/lib/departments/department-choice-labels";
import { reportName } from "@/lib/reports/report-name";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("commitments.title", "commitment.view");

const BULK_FORM = "bulk-owners";
const CLOSE_FORM = "bulk-close-unmet";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A list link that stays in a bulk mode: assigning owners (bulk=1) or closing as not delivered (close=1). */
const withMode = (link: string, mode: "bulk" | "close" | null) => (mode ? `${link}${link.includes("?") ? "&" : "?"}${mode}=1` : link);

export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("commitment.view");
  const params = await searchParams;
  const filters = parseCommitmentFilters(params);
  // The filter form sends every field: its view is given the short address.
  const short = canonicalListQuery(params, filters);
  if (short !== null) redirect(`/commitments${short}`);
  const today = todayIsoDay();
  // Bulk assignment (?bulk=1) and the year-end close-out (?close=1) are modes: a form and a
  // checkbox per row that most visits do not need.
  const mayAssign = can(actor, "commitment.assignOwners");
  const mayClose = can(actor, "commitment.closeUnmet");
  const bulk = mayAssign && params.bulk === "1";
  const closing = !bulk && mayClose && params.close === "1";
  const mode = bulk ? "bulk" : closing ? "close" : null;
  // The 责任人 filter names its person (the URL has only an id); beside a chosen department it
  // offers that department's officials — to those who see every department's commitments.
  const [{ t, locale }, options, { rows, total }, settings, person, officials] = await Promise.all([
    getTranslator(),
    listFilterOptions(filters.report),
    listCommitments(actor, filters, today),
    getSettings(),
    filters.responsible === undefined ? null : getResponsibleFilterPerson(actor, filters.responsible),
    filters.department !== undefined && actor.role !== "OFFICIAL" ? listOfficials(filters.department) : [],
  ]);
  const pages = Math.max(1, Math.ceil(total / filters.size));
  const href = (overrides: Partial<TCommitmentFilters>) => `/commitments${filtersToQuery(filters, overrides)}`;
  // A page past the end (an old link, a list that shrank) opens the last one, not "nothing found".
  if (filters.page > pages && total > 0) redirect(withMode(href({ page: pages }), mode));
  const sortColumn = (key: string, label: string, sort?: TCommitmentFilters["sort"]): SortableColumn => ({
    key,
    label,
    href: sort ? href({ sort, dir: filters.sort === sort && filters.dir === "asc" ? "desc" : "asc", page: 1 }) : undefined,
    active: sort && filters.sort === sort ? filters.dir : undefined,
  });

  // "No commitments yet" only when nothing but the report was chosen; else the filters found none.
  // A link to a report deleted since (or mistyped) says so, as the dashboard does, not "none found".
  const reportGone = filters.report !== undefined && !options.reports.some((r) => r.id === filters.report);
  const narrowed = isNarrowed(filters);
  const groupBySection = filters.sort === "position" && filters.dir === "asc";
  // Not narrowed to a report, once there are two the rows say whose they are (their sections'
  // codes repeat from one report to the next): only the reports on this page are named.
  const spansReports = filters.report === undefined && options.reports.length > 1;
  const reportNames = spansReports
    ? Object.fromEntries(options.reports.filter((r) => rows.some((row) => row.reportId === r.id)).map((r) => [r.id, reportName(r)]))
    : undefined;
  return (
    <>
      <PageHeader title={t("commitments.title")}>
        <span className="whitespace-nowrap text-sm text-slate-500">{t("list.asOf", { date: today })}</span>
        {can(actor, "export.download") && <ExportLinks query={filtersToQuery(filters)} labels={exportLinkLabels(t)} />}
      </PageHeader>
      {/* Keyed by the view: a header's sort link changes the URL without a reload, and a select
          would keep showing (and send) the sort it was first rendered with. */}
      <CommitmentFilters
        key={filtersToQuery(filters)}
        resetHref="/commitments"
        resultsId="results"
        labels={{ title: t("list.filters"), apply: t("list.apply"), reset: t("list.reset"), all: t("list.all"), fold: { title: t("list.filters"), applied: t("list.filtersApplied") } }}
        fields={listFilterFields(filters, options, t, responsibleChoices(filters.responsible, person, officials, t))}
      />
      {filters.responsible !== undefined && (
        // Said above the rows, with the way back: the field alone sits among a dozen others, folded on a phone.
        <p className="mb-3 text-sm text-slate-700" data-testid="responsible-filter">
          <SentenceWithData {...responsibleOnlySentence(filters.responsible, person, t)} />{" "}
          <a href={withMode(href({ responsible: undefined, page: 1 }), mode)} className="text-brand-700 underline">
            {t("list.responsibleClear")}
          </a>
        </p>
      )}
      {actor.role === "OFFICIAL" && actor.departmentName && (
        // The filters offer every department ("全部" among them): whose commitments these are is said.
        <p className="mb-3 text-sm text-slate-600" data-testid="official-scope">
          <SentenceWithData template={t("list.officialScope")} data={{ department: actor.departmentName }} />
        </p>
      )}
      {/* Where applied filters land (CommitmentFilters' resultsId): the count, then the rows. */}
      <p id="results" className="sr-only">
        {t("list.total", { total })}
      </p>
      {/* A bulk mode's form stays when its own action empties the list (all handed over, all
          closed): it says what it did, as a form that leaves the page with its success does. */}
      {closing && (
        <BulkCloseUnmetForm
          id={CLOSE_FORM}
          action={bulkCloseUnmetAction}
          labels={{
            title: t("workflow.unmet.bulk.title"),
            hint: t("workflow.unmet.bulk.hint"),
            note: t("workflow.unmet.noteField"),
            submit: t("workflow.unmet.bulk.submit"),
            selectPage: t("list.selectPage", { count: rows.length }),
            ask: { question: t("workflow.unmet.bulk.ask"), confirm: t("workflow.unmet.confirm"), cancel: t("form.cancel") },
          }}
        />
      )}
      {bulk && (
        <BulkOwnersForm
          id={BULK_FORM}
          action={bulkAssignOwnersAction}
          departments={options.departments.filter((d) => d.active)}
          rows={rows.map((r) => ({ id: r.id, leadDepartmentId: r.leadDepartmentId }))}
          labels={{
            title: t("owners.bulkTitle"),
            hint: t("owners.bulkHint"),
            lead: t("owners.lead"),
            supporting: t("owners.addSupporting"),
            removeSupporting: t("owners.removeSupporting"),
            responsible: t("owners.responsible"),
            apply: t("owners.bulkApply"),
            unchanged: t("owners.unchanged"),
            loadingOfficials: t("owners.loadingOfficials"),
            officialsFailed: t("owners.officialsFailed"),
            retry: t("owners.retry"),
            pickLeadFirst: t("owners.pickLeadOrSameLead"),
            commonLead: t("owners.commonLead"),
            clearResponsible: t("owners.clearResponsible"),
            selectPage: t("list.selectPage", { count: rows.length }),
            departmentChoice: departmentChoiceLabels(t),
          }}
        />
      )}
      {rows.length === 0 ? (
        <EmptyState message={reportGone ? t("dashboard.reportNotFound") : total === 0 && !narrowed ? t("commitments.empty") : t("list.noMatch")} />
      ) : (
        <>
          {mayAssign && !bulk && (
            <p className="mb-3 text-sm">
              <a href={withMode(href({}), "bulk")} className="text-brand-700 underline">
                {t("owners.bulkTitle")}
              </a>
            </p>
          )}
          {mayClose && !closing && (
            // The close-out is of misses: the link narrows the list to them (a reviewer's other filters kept).
            <p className="mb-3 text-sm">
              <a href={withMode(href({ status: "OVERDUE", page: 1 }), "close")} className="text-brand-700 underline">
                {t("workflow.unmet.bulk.link")}
              </a>
            </p>
          )}
          <CommitmentTable
            selectForm={bulk ? { id: BULK_FORM, label: t("owners.select") } : closing ? { id: CLOSE_FORM, label: t("workflow.unmet.bulk.select") } : undefined}
            columns={[
              ...(reportNames && !groupBySection ? [sortColumn("report", t("list.report"))] : []),
              sortColumn("section", t("list.section"), "position"),
              sortColumn("indicator", t("commitments.indicator"), "indicator"),
              sortColumn("target", t("commitments.target")),
              sortColumn("deadline", t("commitments.deadline"), "deadline"),
              sortColumn("department", t("commitments.leadDepartment"), "department"),
              sortColumn("percent", t("list.progress"), "percent"),
              sortColumn("status", t("list.status")),
            ]}
            groupBySection={groupBySection}
            reportNames={reportNames}
            none={t("common.none")}
            label={t("nav.commitments")}
            rows={rows.map((r) => ({
              id: r.id,
              reportId: r.reportId,
              sectionCode: r.sectionCode,
              sectionTitle: r.sectionTitle,
              staleLabel: showsStale(r.latestAsOf, r.light, today, settings.staleAfterDays, r.deadline) ? t("list.stale", { days: settings.staleAfterDays }) : null,
              indicator: r.indicator,
              target: formatTargetOrMilestone(r, t("commitments.milestone"), locale),
              deadline: r.deadline.toISOString().slice(0, 10),
              deadlineNote: r.deadlineDefault ? t("commitments.deadlineDefault") : null,
              leadDepartment: r.leadDepartment,
              percent: r.latestPercent == null ? null : Number(r.latestPercent),
              progressLabel: r.latestAsOf
                ? t("list.progressLabel", { actual: formatLatestActual(r, doneLabels(t), locale), asOf: r.latestAsOf.toISOString().slice(0, 10) })
                : t("list.notReported"),
              light: r.light,
              lightLabel: t(`light.${r.light}`),
            }))}
          />
          <Pagination
            page={filters.page}
            pages={pages}
            hrefFor={(page) => withMode(href({ page }), mode)}
            labels={{ nav: t("list.pagination"), prev: t("list.prev"), next: t("list.next"), status: `${t("list.total", { total })} · ${t("list.page", { page: filters.page, pages })}` }}
          />
        </>
      )}
    </>
  );
}
