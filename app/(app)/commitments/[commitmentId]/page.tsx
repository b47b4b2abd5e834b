import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditHistory } from "@/components/audit/audit-history";
import { CommitmentFacts } from "@/components/commitments/commitment-facts";
import { OwnersCard } from "@/components/commitments/owners-card";
import { DecisionAnnouncer } from "@/components/reviews/decision-announcer";
import { CloseOrReopenForm } from "@/components/commitments/close-or-reopen-form";
import { PendingReviewCard } from "@/components/commitments/pending-review-card";
import { ProgressChart } from "@/components/commitments/progress-chart";
import { SourceParagraph } from "@/components/commitments/source-paragraph";
import { StatusBadge } from "@/components/commitments/status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { describeHistory } from "@/lib/audit/describe-history";
import { HISTORY_SHOWN, listCommitmentHistory } from "@/lib/audit/list-commitment-history";
import { listRecordedRenames } from "@/lib/audit/list-recorded-renames";
import { describeCommitmentFacts } from "@/lib/commitments/describe-commitment-facts";
import { getCommitmentDetail } from "@/lib/commitments/get-commitment-detail";
import { listDepartments } from "@/lib/departments/list-departments";
import { ownerDepartmentChoices } from "@/lib/commitments/owner-department-choices";
import { departmentChoiceLabels } from "@/lib/departments/department-choice-labels";
import { formatTarget, isPlannedFall, targetNumber } from "@/lib/commitments/format-target";
import { formatPercent } from "@/lib/commitments/format-figures";
import { parseId } from "@/lib/http/parse-id";
import { getTranslator } from "@/lib/i18n/server-locale";
import { formatDateTime } from "@/lib/updates/format-date-time";
import { can } from "@/lib/permissions/permissions";
import { approvedInDateOrder, chartPoints } from "@/lib/progress/chart-points";
import { explainStatusRule, isRunningTarget } from "@/lib/progress/status-light";
import { commitmentLight, isVerifiable, paceStart } from "@/lib/commitments/commitment-light";
import { getSettings } from "@/lib/settings/get-settings";
import { todayIsoDay } from "@/lib/time/today";
import { earliestExtension, latestExtension } from "@/lib/change-requests/change-problems";
import { reportYearStart } from "@/lib/progress/iso-day";
import { approvedTotal } from "@/lib/progress/falling-total";
import { cautionTexts, readingCautions } from "@/lib/reviews/reading-cautions";
import { sayWhatWaits } from "@/lib/reviews/refuse-while-waiting";
import { listOfficials } from "@/lib/users/list-officials";
import { listUserNames } from "@/lib/users/list-user-names";
import { referencedDepartmentIds, referencedUserIds } from "@/lib/audit/referenced-user-ids";
import { assignOwnersAction } from "./owner-actions";
import {
  approveChangeRequestAction,
  approveUpdateAction,
  refuseChangeRequestAction,
  requestChangeAction,
  returnUpdateAction,
  revokeApprovalAction,
  submitUpdateAction,
  verifyCommitmentAction,
} from "./actions";
import { restoreCommitmentAction, withdrawCommitmentAction } from "./withdraw-actions";
import { closeUnmetCommitmentAction, reopenCommitmentAction } from "./closing-actions";
import { answerReminderAction, sendReminderAction } from "./reminder-actions";
import { RemindersCard } from "@/components/reminders/reminders-card";
import { listCommitmentReminders } from "@/lib/reminders/list-commitment-reminders";
import { reminderClosedText } from "@/lib/reminders/reminder-closed-text";
import { ChangeRequestForm } from "@/components/change-requests/change-request-form";
import { isShare } from "@/lib/updates/negative-reading";
import { ChangeRequestList } from "@/components/change-requests/change-request-list";
import { VerifyCommitmentForm } from "@/components/reviews/verify-commitment-form";
import { SubmitUpdateForm } from "@/components/updates/submit-update-form";
import { UpdateTimeline } from "@/components/updates/update-timeline";
import { changeRequestFormLabels, changeRequestListLabels } from "@/lib/change-requests/labels";
import { listCommitmentChangeRequests } from "@/lib/change-requests/list-commitment-change-requests";
import { reviewUpdateLabels, verifyCommitmentLabels } from "@/lib/reviews/labels";
import { getResubmitDraft } from "@/lib/updates/get-resubmit-draft";
import { settledReturn } from "@/lib/updates/settled-return";
import { doneLabels, submitUpdateLabels, updateTimelineLabels } from "@/lib/updates/labels";
import { listCommitmentUpdates } from "@/lib/updates/list-commitment-updates";
import { timelineWindow } from "@/lib/updates/timeline-window";
import { supersededReadings } from "@/lib/updates/superseded-readings";
import { percentNow, remeasuredPercents } from "@/lib/updates/remeasured-percents";
import { isOpen } from "@/lib/commitments/commitment-status";
import { closedReason } from "@/lib/updates/closed-refusal";
import { reportName } from "@/lib/reports/report-name";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { personInSentence } from "@/lib/users/person-name";

/** The commitment's indicator names the tab; out of scope or unknown, the page is "not found" and so is its title. */
export async function generateMetadata({ params }: { params: Promise<{ commitmentId: string }> }): Promise<Metadata> {
  const actor = await requireActor("commitment.view");
  const id = parseId((await params).commitmentId);
  const c = id ? await getCommitmentDetail(actor, id) : null;
  return { title: c?.indicator ?? (await getTranslator()).t("notFound.title") };
}

export default async function CommitmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ commitmentId: string }>;
  searchParams: Promise<{ resubmit?: string; updates?: string }>;
}) {
  const actor = await requireActor("commitment.view");
  const id = parseId((await params).commitmentId);
  const query = await searchParams;
  const resubmitId = parseId(query.resubmit);
  const c = id ? await getCommitmentDetail(actor, id) : null;
  if (!c) notFound();
  const { t, locale } = await getTranslator();
  const today = todayIsoDay();
  const start = paceStart(c);
  const light = commitmentLight(c, today);
  const mayAssign = can(actor, "commitment.assignOwners");
  const open = isOpen(c.status);
  // Decided by the supervising office (核验 or 未完成办结): closed, and only a reviewer reopens it.
  const decided = c.status === "VERIFIED" || c.status === "UNMET";
  const maySubmit = can(actor, "update.submit") && open;
  // Closed, it takes no update, request or withdrawal: where those forms were, the page says which
  // closing ended them, on which day, and who can open it again — as the refusal of a form sent
  // anyway would (closedReason).
  const reason = open ? null : closedReason(c);
  const closedText = reason && t(reason.key, reason.params);
  const mayReview = can(actor, "update.review");
  const mayAudit = can(actor, "audit.view");
  // Department names are no secret (every role filters by them): the history names all of them.
  const [allDepartments, officials, updates, changeRequests, resubmit, settings, history, reminders] = await Promise.all([
    mayAssign || mayAudit ? listDepartments() : Promise.resolve([]),
    // The owners form offers the lead department's officials; others are fetched when picked.
    mayAssign && c.leadDepartmentId != null ? listOfficials(c.leadDepartmentId) : Promise.resolve([]),
    listCommitmentUpdates(actor, c.id),
    listCommitmentChangeRequests(actor, c.id),
    maySubmit && resubmitId ? getResubmitDraft(actor, c.id, resubmitId) : Promise.resolve(null),
    getSettings(),
    // The commitment's history includes what happened to its updates and change requests.
    mayAudit ? listCommitmentHistory(c.id) : Promise.resolve({ events: [], older: false }),
    listCommitmentReminders(c.id),
  ]);
  const maySendReminder = can(actor, "reminder.send") && open && c.leadDepartmentId !== null;
  const mayAnswerReminder = can(actor, "reminder.answer") && open;
  // One read for both: the owners form offers the active departments (and those the commitment
  // already has), the history names them all.
  const departments = mayAssign
    ? ownerDepartmentChoices(allDepartments, { leadDepartmentId: c.leadDepartmentId, supportingDepartmentIds: c.supporting.map((s) => s.department.id) }, t("departments.inactiveSuffix"))
    : [];
  const pending = updates.filter((u) => u.state === "SUBMITTED");
  const timeline = timelineWindow(updates, query.updates === "all");
  // After an approved target change, approved readings are also measured against the new target.
  const remeasured = remeasuredPercents(c, updates);
  // Of two approved readings of one day only the later-sent counts: the other is marked in the
  // timeline, and the chart draws none of it (chartPoints keeps each day's last, the same rule).
  const superseded = supersededReadings(updates);
  const approved = approvedInDateOrder(updates);
  const chart = chartPoints(approved.map((u) => ({ asOf: u.asOf, percent: percentNow(u, remeasured) })), start, c.deadline, { running: isRunningTarget({ ...c, targetMin: targetNumber(c.targetMin) }) });
  // The history names the responsible officials it mentions, whoever reads it, and every name as
  // it stood at its event (renamed departments and people since).
  const historyUserIds = referencedUserIds(history.events);
  const [historyUsers, renames] = await Promise.all([
    listUserNames(historyUserIds),
    // Only what the events name: most histories name no department renamed since, and no query runs.
    listRecordedRenames(referencedDepartmentIds(history.events), historyUserIds),
  ]);
  // A closing decision waits for the readings and requests still waiting (refuseWhileWaiting): said up front.
  const waitingCounts = { updates: pending.length, changeRequests: changeRequests.filter((r) => r.state === "PENDING").length };
  // A growth rate met mid-year (only on track) is not offered for verification.
  const complete = isVerifiable(c, light);
  const plannedFall = isPlannedFall(c) ? formatTarget(c, locale) : null;

  return (
    <>
      <PageHeader title={c.indicator} lang={REPORT_LANG}>
        <StatusBadge light={light} label={t(`light.${light}`)} />
      </PageHeader>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 font-medium">{t("detail.source")}</h2>
            {c.sourceParagraph && (
              <SourceParagraph paragraph={c.sourceParagraph} href={`/reports/${c.report.id}#c-${c.id}`} linkLabel={t("detail.openInNamedReport", { report: reportName(c.report) })} />
            )}
          </Card>
          <Card>
            <CommitmentFacts facts={describeCommitmentFacts(c, { t, locale, today, staleAfterDays: settings.staleAfterDays, light })} />
          </Card>
          <Card>
            <h2 className="mb-3 font-medium">{t("detail.chart")}</h2>
            {/* Without an approved reading there is no line to draw: the pace alone was a stray mark, not a chart. */}
            {approved.length === 0 ? (
              <p className="text-sm text-slate-600" data-testid="chart-empty">
                {t("detail.chartEmpty")}
              </p>
            ) : (
              <ProgressChart
                points={chart}
                labels={{
                  title: t("detail.chart"),
                  actual: t("detail.chartActual"),
                  expected: t("detail.chartExpected"),
                  figures: chart.map((p) => t("detail.chartFigure", { day: p.day, actual: p.actual == null ? "—" : formatPercent(p.actual), expected: p.expected == null ? "—" : formatPercent(p.expected) })).join(t("common.listSeparator")),
                }}
              />
            )}
            <details className="mt-3 text-sm text-slate-600">
              <summary className="cursor-pointer">{t("detail.statusRule")}</summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {explainStatusRule(locale).map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </details>
          </Card>
          {mayReview && (open || pending.length > 0) && (
            <PendingReviewCard
              title={t("detail.pendingReview")}
              empty={t("detail.noPendingReview")}
              // With the time it was sent: two readings of one day by one official are told apart.
              nameOf={(u) => personInSentence(t("detail.pendingItemAt", { asOf: u.asOf, at: formatDateTime(u.createdAt) }), "author", { name: u.authorName, disabled: u.authorDisabled }, t("people.disabledName"))}
              cautionsOf={(u) =>
                cautionTexts(readingCautions(c, u, locale), { implausible: t("workflow.review.implausible"), superseded: t("workflow.review.superseded"), falling: t("workflow.review.falling") })
              }
              decided={{ approve: t("workflow.review.approvedItem"), reject: t("workflow.review.returnedItem"), settled: t("workflow.review.settledItem") }}
              updates={pending}
              unit={c.unit}
              locale={locale}
              approveAction={approveUpdateAction}
              returnAction={returnUpdateAction}
              labels={reviewUpdateLabels(t)}
              done={doneLabels(t)}
              details={{ submittedAt: t("workflow.timeline.submittedAt"), resubmission: t("workflow.timeline.resubmission"), noEvidence: t("workflow.evidence.none"), disabledName: t("people.disabledName") }}
            />
          )}
          {closedText && can(actor, "update.submit") && (
            <Card testId="closed-note">
              <p className="text-sm text-slate-700">{t(c.status === "WITHDRAWN" ? "workflow.closed.restoreToReport" : "workflow.closed.reopenToReport", { closed: closedText })}</p>
            </Card>
          )}
          {maySubmit && (
            <Card>
              <SubmitUpdateForm
                // Keyed by the URL, not by the draft: after a resubmission succeeds the draft is gone,
                // and the form must stay mounted to say so.
                key={resubmitId ?? "new"}
                action={submitUpdateAction}
                commitment={{ id: c.id, kind: c.kind, indicator: c.indicator, unit: c.unit, comparator: c.comparator, targetValue: c.targetValue?.toString() ?? null, targetMin: c.targetMin?.toString() ?? null, targetMax: c.targetMax?.toString() ?? null }}
                labels={submitUpdateLabels(t, locale, c.unit, plannedFall)}
                resubmit={resubmit ?? undefined}
                today={today}
                earliest={reportYearStart(c.report.year)}
                approvedTotal={approvedTotal(c, locale) ?? undefined}
                waitingNote={
                  pending.length > 0
                    ? t("workflow.update.waitingNote", { count: pending.length, asOf: pending.map((u) => u.asOf).reduce((a, b) => (a > b ? a : b)) })
                    : undefined
                }
              />
            </Card>
          )}
          <Card>
            <UpdateTimeline
              updates={timeline.shown}
              labels={updateTimelineLabels(t)}
              percentsNow={Object.fromEntries(timeline.shown.flatMap((u) => {
                  const now = remeasured.get(u.id);
                  return now == null || superseded.has(u.id) ? [] : [[u.id, t("workflow.timeline.percentNow", { percent: formatPercent(now) })]];
                }))}
              superseded={timeline.shown.filter((u) => superseded.has(u.id)).map((u) => u.id)}
              unit={c.kind === "NUMERIC" ? c.unit : null}
              locale={locale}
              canResubmit={maySubmit}
              settledReturns={Object.fromEntries(timeline.shown.flatMap((u) => {
                  const settled = u.state === "RETURNED" ? settledReturn(c, u, updates) : null;
                  return settled === null ? [] : [[u.id, t(`workflow.timeline.${settled}`)]];
                }))}
              revoke={
                mayReview && open
                  ? { action: revokeApprovalAction, labels: { title: t("workflow.revoke.title"), hint: t("workflow.revoke.hint"), note: t("workflow.revoke.noteField"), submit: t("workflow.revoke.submit") } }
                  : undefined
              }
              more={timeline.hidden > 0 ? { href: "?updates=all#update-timeline", label: t("workflow.timeline.showAll", { total: updates.length, hidden: timeline.hidden }) } : undefined}
            />
          </Card>
        </div>
        <div className="space-y-6">
          {/* Kept in place once verified, so that a verification made here is said where it was. */}
          {can(actor, "commitment.verify") && ((open && complete) || c.status === "VERIFIED") && (
            <VerifyCommitmentForm action={verifyCommitmentAction} commitmentId={c.id} version={c.version} verified={c.status === "VERIFIED"} waiting={sayWhatWaits(t, waitingCounts, "verify")} labels={verifyCommitmentLabels(t, c.kind === "MILESTONE")} />
          )}
          {(reminders.length > 0 || maySendReminder) && (
            <RemindersCard
              commitmentId={c.id}
              reminders={reminders.map((r) => ({
                id: r.id,
                note: r.note,
                sent: personInSentence(t("reminder.sentBy", { at: formatDateTime(r.createdAt.toISOString()) }), "by", { name: r.senderName, disabled: r.senderDisabled }, t("people.disabledName")),
                answer: r.answer,
                answered: r.answeredAt
                  ? personInSentence(t("reminder.answeredBy", { at: formatDateTime(r.answeredAt.toISOString()) }), "by", { name: r.answererName ?? "", disabled: r.answererDisabled }, t("people.disabledName"))
                  : null,
                closed: r.closedAt !== null && r.answeredAt === null ? reminderClosedText(t, r.closedBy, r.closedAt) : null,
              }))}
              send={maySendReminder ? { action: sendReminderAction, offered: !reminders.some((r) => r.answeredAt === null && r.closedAt === null) } : undefined}
              reply={mayAnswerReminder ? { action: answerReminderAction } : undefined}
              labels={{
                title: t("reminder.title"),
                empty: t("reminder.empty"),
                waitingAnswer: t("reminder.waitingAnswer"),
                answer: t("reminder.answer"),
                send: { hint: t("reminder.sendHint"), field: t("reminder.noteField"), submit: t("reminder.send") },
                reply: { field: t("reminder.answerField"), submit: t("reminder.answerSubmit") },
              }}
            />
          )}
          <Card>
            <DecisionAnnouncer
              // A decided request stays listed (with its decision), so the pending ones are watched:
              // one leaving them is said, with the focus, as in the review queue.
              items={changeRequests.filter((r) => r.state === "PENDING").map((r) => ({ id: r.id, name: { template: t("workflow.change.decidedName", { kind: t(`workflow.change.kind.${r.kind}`) }), data: { indicator: c.indicator } } }))}
              field="changeRequestId"
              messages={{ approve: t("workflow.change.approvedItem"), reject: t("workflow.change.refusedItem"), settled: t("workflow.review.settledItem") }}
            >
              <ChangeRequestList
                locale={locale}
                requests={changeRequests}
                labels={changeRequestListLabels(t)}
                decide={can(actor, "changeRequest.review") ? { approveAction: approveChangeRequestAction, refuseAction: refuseChangeRequestAction } : undefined}
              />
            </DecisionAnnouncer>
            {can(actor, "changeRequest.submit") && open && (
              <div className="mt-4 border-t border-slate-100 pt-4">
                <ChangeRequestForm
                  action={requestChangeAction}
                  commitment={{ id: c.id, kind: c.kind, comparator: c.comparator, unit: c.unit, targetValue: c.targetValue?.toString() ?? null, targetMin: c.targetMin?.toString() ?? null, targetMax: c.targetMax?.toString() ?? null, deadline: c.deadline.toISOString().slice(0, 10), earliestDeadline: earliestExtension(c.deadline, today), latestDeadline: latestExtension(c.deadline, today), share: isShare(c) }}
                  labels={changeRequestFormLabels(t, locale, plannedFall, c.unit)}
                />
              </div>
            )}
            {can(actor, "changeRequest.submit") && closedText && (
              <p className="mt-4 border-t border-slate-100 pt-4 text-sm text-slate-700" data-testid="closed-note-requests">
                {closedText}
              </p>
            )}
          </Card>
          {/* Kept in place (as the verification is) where a closing or reopening may be made or just was:
              a verification reopened leaves a complete commitment, a closing reopened an overdue one. */}
          {can(actor, decided ? "commitment.reopen" : "commitment.closeUnmet") && (decided || light === "OVERDUE" || (open && complete)) && (
            <CloseOrReopenForm
              closeAction={closeUnmetCommitmentAction}
              reopenAction={reopenCommitmentAction}
              commitmentId={c.id}
              version={c.version}
              closed={decided}
              closable={light === "OVERDUE"}
              waiting={sayWhatWaits(t, waitingCounts, "unmet")}
              field="note"
              testId="close-unmet-form"
              reopenTestId="reopen-commitment-form"
              labels={{
                close: { title: t("workflow.unmet.title"), hint: t("workflow.unmet.hint"), field: t("workflow.unmet.noteField"), submit: t("workflow.unmet.submit") },
                reopen: { title: t("workflow.reopen.title"), hint: t(c.status === "VERIFIED" ? "workflow.reopen.hintVerified" : "workflow.reopen.hintUnmet"), field: t("workflow.reopen.noteField"), submit: t("workflow.reopen.submit") },
                ask: { question: t("workflow.unmet.ask"), confirm: t("workflow.unmet.confirm"), cancel: t("form.cancel") },
              }}
            />
          )}
          <OwnersCard
            commitment={c}
            labels={{ title: t("owners.title"), lead: t("owners.lead"), supporting: t("owners.supporting"), responsible: t("owners.responsible"), save: t("owners.save"), none: t("common.none"), loadingOfficials: t("owners.loadingOfficials"), officialsFailed: t("owners.officialsFailed"), retry: t("owners.retry"), pickLeadFirst: t("owners.pickLeadFirst"), enumeration: t("common.enumeration"), departmentChoice: departmentChoiceLabels(t) }}
            assign={mayAssign ? { action: assignOwnersAction, departments, officials } : undefined}
          />
          {/* Below the owners, and folded: rare, and hard to take back (what waits on it is answered for good). */}
          {closedText && decided && can(actor, "commitment.withdraw") && (
            <Card testId="closed-note-withdraw">
              <p className="text-sm text-slate-700">{t("workflow.closed.reopenToWithdraw", { closed: closedText })}</p>
            </Card>
          )}
          {can(actor, "commitment.withdraw") && !decided && (
            <CloseOrReopenForm
              closeAction={withdrawCommitmentAction}
              reopenAction={restoreCommitmentAction}
              commitmentId={c.id}
              version={c.version}
              closed={c.status === "WITHDRAWN"}
              field="reason"
              testId="withdraw-commitment-form"
              reopenTestId="restore-commitment-form"
              fold={t("withdraw.open")}
              labels={{
                close: { title: t("withdraw.title"), hint: t("withdraw.hint"), field: t("withdraw.reason"), submit: t("withdraw.submit") },
                reopen: { title: t("withdraw.restoreTitle"), hint: t("withdraw.restoreHint"), field: t("withdraw.restoreReason"), submit: t("withdraw.restoreSubmit") },
                ask: { question: t("withdraw.ask"), confirm: t("withdraw.confirm"), cancel: t("form.cancel") },
              }}
            />
          )}
          {mayAudit && (
            <Card>
              <h2 className="mb-3 font-medium">{t("detail.history")}</h2>
              <AuditHistory
                labels={{ empty: t("detail.historyEmpty"), system: t("detail.system"), colon: t("audit.colon"), disabledName: t("people.disabledName") }}
                olderNote={history.older ? t("detail.historyOlder", { shown: HISTORY_SHOWN }) : undefined}
                entries={describeHistory(history.events, {
                  t,
                  locale,
                  unit: c.unit,
                  comparator: c.comparator,
                  // Every department (inactive ones too) was read for this; the users are those the events name.
                  departments: allDepartments,
                  users: historyUsers,
                  renames,
                })}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
