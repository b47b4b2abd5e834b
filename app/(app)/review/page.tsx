import { ChangeRequestList } from "@/components/change-requests/change-request-list";
import { datumSentence } from "@/lib/i18n/sentence";
import { AwaitingVerificationList } from "@/components/reviews/awaiting-verification-list";
import { DecisionAnnouncer } from "@/components/reviews/decision-announcer";
import { DepartmentFilter } from "@/components/reviews/department-filter";
import { ReviewQueueItem } from "@/components/reviews/review-queue-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { changeRequestListLabels } from "@/lib/change-requests/labels";
import { listPendingChangeRequests } from "@/lib/change-requests/list-pending-change-requests";
import { filtersToQuery } from "@/lib/commitments/filters";
import { formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import { listDepartments } from "@/lib/departments/list-departments";
import { filterDepartmentChoices } from "@/lib/departments/filter-choices";
import { getTranslator } from "@/lib/i18n/server-locale";
import { reviewUpdateLabels } from "@/lib/reviews/labels";
import { listAwaitingVerification } from "@/lib/reviews/list-awaiting-verification";
import { sayWhatWaits } from "@/lib/reviews/refuse-while-waiting";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { parseReviewQueueFilters, reviewQueueHref } from "@/lib/reviews/review-queue-filters";
import { todayIsoDay } from "@/lib/time/today";
import { approveChangeRequestAction, approveUpdateAction, refuseChangeRequestAction, returnUpdateAction } from "../commitments/[commitmentId]/actions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("workflow.review.title", "update.review");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  await requireActor("update.review");
  const filters = parseReviewQueueFilters(await searchParams);
  const { t, locale } = await getTranslator();
  const [queue, changes, awaiting, departments] = await Promise.all([
    listReviewQueue(filters, locale),
    listPendingChangeRequests({ department: filters.department }),
    listAwaitingVerification({ department: filters.department }, todayIsoDay()),
    listDepartments(),
  ]);
  const labels = {
    target: t("commitments.target"),
    milestone: t("commitments.milestone"),
    deadline: t("commitments.deadline"),
    department: t("commitments.leadDepartment"),
    asOf: t("workflow.update.asOf"),
    actual: t("workflow.timeline.actual"),
    percent: t("workflow.timeline.percent"),
    author: t("workflow.timeline.author"),
    disabledName: t("people.disabledName"),
    submittedAt: t("workflow.timeline.submittedAt"),
    resubmission: t("workflow.timeline.resubmission"),
    othersWaiting: t("workflow.review.othersWaiting"),
    readingName: t("detail.pendingItemAt"),
    noEvidence: t("workflow.evidence.none"),
    implausible: t("workflow.review.implausible"),
    superseded: t("workflow.review.superseded"),
    falling: t("workflow.review.falling"),
    answers: t("workflow.review.answers"),
    doneYes: t("workflow.update.doneYes"),
    doneNo: t("workflow.update.doneNo"),
    buttons: reviewUpdateLabels(t),
  };
  return (
    <>
      <PageHeader title={t("workflow.review.title")} />
      <DepartmentFilter
        action="/review"
        value={filters.department}
        departments={filterDepartmentChoices(departments, t("departments.inactiveSuffix"))}
        labels={{ department: t("workflow.review.department"), all: t("workflow.review.allDepartments"), apply: t("workflow.review.filter") }}
      />
      <section aria-label={t("workflow.review.queue")} className="mb-8">
        <h2 className="mb-3 text-lg font-medium">
          {t("workflow.review.queue")}
          <span className="text-sm text-slate-500">{t("common.parenthesized", { text: queue.capped ? `${queue.total}+` : queue.total })}</span>
        </h2>
        <DecisionAnnouncer
          // Another department or page is another list: an item missing from it was not decided.
          key={`${filters.department ?? ""}-${filters.page}`}
          items={queue.items.map((i) => ({ id: i.update.id, name: datumSentence(i.commitment.indicator) }))}
          field="updateId"
          messages={{ approve: t("workflow.review.approvedItem"), reject: t("workflow.review.returnedItem"), settled: t("workflow.review.settledItem") }}
        >
          {queue.items.length === 0 && queue.total === 0 ? (
            <EmptyState message={t("workflow.review.empty")} />
          ) : queue.items.length === 0 ? (
            // A later page emptied by decisions (or a page number past the end): the way back is offered.
            <>
              <EmptyState message={t("workflow.review.pageEmpty")} />
              <p className="mt-2 text-sm">
                <a href={reviewQueueHref({ ...filters, page: queue.pages })} className="text-brand-700 underline">
                  {t("workflow.review.toLastPage", { page: queue.pages })}
                </a>
              </p>
            </>
          ) : (
            <>
              <ol className="space-y-4">
                {queue.items.map((item) => (
                  <ReviewQueueItem
                    key={item.update.id}
                    item={item}
                    labels={labels}
                    waiting={item.waitingDays === 0 ? t("workflow.review.waitingToday") : t("workflow.review.waiting", { days: item.waitingDays })}
                    approveAction={approveUpdateAction}
                    returnAction={returnUpdateAction}
                    locale={locale}
                  />
                ))}
              </ol>
              <Pagination
                page={filters.page}
                pages={queue.pages}
                hrefFor={(page) => reviewQueueHref({ ...filters, page })}
                labels={{ nav: t("list.pagination"), prev: t("list.prev"), next: t("list.next"), status: t("list.page", { page: filters.page, pages: queue.pages }) }}
              />
            </>
          )}
        </DecisionAnnouncer>
      </section>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <DecisionAnnouncer
          // A decided request leaves the list as a decided update does: say which, and how.
          items={changes.items.map((r) => ({ id: r.id, name: { template: t("workflow.change.decidedName", { kind: t(`workflow.change.kind.${r.kind}`) }), data: { indicator: r.commitment.indicator } } }))}
          field="changeRequestId"
          messages={{ approve: t("workflow.change.approvedItem"), reject: t("workflow.change.refusedItem"), settled: t("workflow.review.settledItem") }}
        >
          <ChangeRequestList
            locale={locale}
            requests={changes.items}
            labels={{ ...changeRequestListLabels(t), title: t("workflow.change.pendingTitle", { count: changes.total }) }}
            decide={{ approveAction: approveChangeRequestAction, refuseAction: refuseChangeRequestAction }}
            showCommitment
          />
        </DecisionAnnouncer>
        {changes.total > changes.items.length && (
          <p className="mt-3 text-sm text-slate-600" data-testid="pending-changes-truncated">
            {t("workflow.change.truncated", { shown: changes.items.length, total: changes.total })}
          </p>
        )}
      </div>
      <AwaitingVerificationList
        items={awaiting.items.map((c) => ({
          id: c.id,
          indicator: c.indicator,
          target: formatTargetOrMilestone(c, t("commitments.milestone"), locale),
          deadline: c.deadline,
          latestAsOf: c.latestAsOf && t("workflow.verify.latestAsOf", { date: c.latestAsOf }),
          leadDepartment: c.leadDepartment,
          waiting: sayWhatWaits(t, c.waiting, "verify"),
        }))}
        labels={{
          title: t("workflow.verify.awaitingTitle"),
          total: String(awaiting.total),
          empty: t("workflow.verify.awaitingEmpty"),
          target: t("commitments.target"),
          deadline: t("commitments.deadline"),
          more: awaiting.total > awaiting.items.length ? t("workflow.verify.awaitingMore", { shown: awaiting.items.length, total: awaiting.total }) : undefined,
          all: { href: `/commitments${filtersToQuery({ status: "COMPLETED", department: filters.department })}`, label: t("workflow.verify.awaitingAll") },
        }}
      />
    </>
  );
}
