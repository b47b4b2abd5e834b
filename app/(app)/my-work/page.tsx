import { NeedsUpdateList } from "@/components/my-work/needs-update-list";
import { ReturnedUpdateList } from "@/components/my-work/returned-update-list";
import { RefusedRequestList } from "@/components/my-work/refused-request-list";
import { ReviewerSummary, type ReviewerSummaryLine } from "@/components/my-work/reviewer-summary";
import { OpenReminderList } from "@/components/my-work/open-reminder-list";
import { OPEN_REMINDERS_SHOWN, listOpenReminders } from "@/lib/reminders/list-open-reminders";
import { formatDateTime } from "@/lib/updates/format-date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import type { Actor } from "@/lib/auth/actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { getReviewerWork } from "@/lib/my-work/get-reviewer-work";
import { MY_WORK_SHOWN, listOfficialWork } from "@/lib/my-work/list-official-work";
import { REFUSED_REQUESTS_DAYS, listRefusedRequests } from "@/lib/my-work/list-refused-requests";
import { todayIsoDay } from "@/lib/time/today";
import { titled } from "@/lib/i18n/page-title";
import { personInSentence } from "@/lib/users/person-name";

export const generateMetadata = titled("workflow.myWork.title", "myWork.view");

export default async function MyWorkPage() {
  const actor = await requireActor("myWork.view");
  const { t, locale } = await getTranslator();
  return (
    <>
      <PageHeader title={t("workflow.myWork.title")} />
      {actor.role === "OFFICIAL" ? (
        <OfficialWork actor={actor} t={t} locale={locale} />
      ) : actor.role === "REVIEWER" ? (
        <ReviewerWork t={t} />
      ) : (
        <EmptyState message={t("workflow.myWork.nothing")} />
      )}
    </>
  );
}

async function OfficialWork({ actor, t, locale }: { actor: Actor; t: Translate; locale: Locale }) {
  const [{ needsUpdate, needsUpdateMore, reportedThisMonth, reportedThisMonthMore, returned, returnedMore }, refused, reminders] = await Promise.all([
    listOfficialWork(actor, todayIsoDay()),
    listRefusedRequests(actor),
    listOpenReminders(actor),
  ]);
  const more = t("workflow.myWork.more", { shown: MY_WORK_SHOWN });
  const rowLabels = {
    target: t("commitments.target"),
    milestone: t("commitments.milestone"),
    deadline: t("commitments.deadline"),
    latest: t("workflow.myWork.latest"),
    notReported: t("workflow.myWork.notReported"),
    waitingReview: t("workflow.myWork.waitingReview"),
    approvedThisMonth: t("workflow.myWork.approvedThisMonth"),
    reasons: {
      overdue: t("workflow.myWork.reason.overdue"),
      dueSoon: t("workflow.myWork.reason.dueSoon"),
      noUpdateThisMonth: t("workflow.myWork.reason.noUpdateThisMonth"),
    },
  };
  return (
    <>
      {/* First: the supervising office asked, and waits for the answer. */}
      <OpenReminderList
        items={reminders.items}
        labels={{
          title: t("reminder.myWorkTitle"),
          sent: (r) => personInSentence(t("reminder.sentBy", { at: formatDateTime(r.createdAt.toISOString()) }), "by", { name: r.senderName, disabled: r.senderDisabled }, t("people.disabledName")),
          more: reminders.more ? t("workflow.myWork.more", { shown: OPEN_REMINDERS_SHOWN }) : undefined,
        }}
      />
      <ReturnedUpdateList
        items={returned}
        more={returnedMore ? more : undefined}
        locale={locale}
        labels={{
          title: t("workflow.myWork.returned"),
          empty: t("workflow.myWork.noReturned"),
          target: t("commitments.target"),
          milestone: t("commitments.milestone"),
          asOf: t("workflow.update.asOf"),
          reviewer: t("workflow.timeline.reviewer"),
          disabledName: t("people.disabledName"),
          reviewNote: t("workflow.timeline.reviewNote"),
          resubmit: t("workflow.timeline.resubmit"),
          revoked: t("workflow.state.REVOKED"),
          revokeNote: t("workflow.timeline.revokeNote"),
        }}
      />
      <RefusedRequestList
        items={refused}
        labels={{
          title: t("workflow.myWork.refused", { days: REFUSED_REQUESTS_DAYS }),
          kinds: { EXTEND_DEADLINE: t("workflow.change.kind.EXTEND_DEADLINE"), ADJUST_TARGET: t("workflow.change.kind.ADJUST_TARGET") },
          reviewNote: t("workflow.timeline.reviewNote"),
        }}
      />
      <NeedsUpdateList items={needsUpdate} more={needsUpdateMore ? more : undefined} locale={locale} labels={{ ...rowLabels, title: t("workflow.myWork.needsUpdate"), empty: t("workflow.myWork.noneNeeded") }} />
      {/* Below the to-do list and not counted in it: done for this month, their deadline still near or past. */}
      {reportedThisMonth.length > 0 && (
        <NeedsUpdateList
          reported
          items={reportedThisMonth}
          more={reportedThisMonthMore ? more : undefined}
          locale={locale}
          labels={{ ...rowLabels, title: t("workflow.myWork.reportedThisMonth"), empty: "", note: t("workflow.myWork.reportedThisMonthNote") }}
        />
      )}
    </>
  );
}

async function ReviewerWork({ t }: { t: Translate }) {
  const work = await getReviewerWork();
  const lines: ReviewerSummaryLine[] = [
    t("workflow.myWork.queueSize", { count: work.queueSize }),
    ...(work.oldestAgeDays === null ? [] : [work.oldestAgeDays === 0 ? t("workflow.myWork.oldestToday") : t("workflow.myWork.oldest", { days: work.oldestAgeDays })]),
    t("workflow.myWork.pendingChanges", { count: work.pendingChangeRequests }),
    t("workflow.myWork.awaitingVerification", { count: work.awaitingVerification }),
  ].map((text) => ({ text }));
  // Misses to chase or close as not delivered (未完成办结), listed where they can be opened one by one.
  if (work.overdue > 0) lines.push({ text: t("workflow.myWork.overdue", { count: work.overdue }), href: "/commitments?status=OVERDUE" });
  if (work.unansweredReminders > 0) lines.push({ text: t("reminder.reviewerLine", { count: work.unansweredReminders }), href: "/commitments?reminder=waiting" });
  return <ReviewerSummary lines={lines} link={{ href: "/review", label: t("workflow.myWork.openQueue") }} />;
}
