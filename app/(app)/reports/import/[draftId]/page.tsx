import { reviewFingerprint } from "@/components/imports/saved-review";
import { notFound } from "next/navigation";
import { CandidateReview } from "@/components/imports/candidate-review";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { parseId } from "@/lib/http/parse-id";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { getLeadKeywords } from "@/lib/imports/get-lead-keywords";
import { findSimilarReports } from "@/lib/imports/find-similar-reports";
import { findSimilarDrafts } from "@/lib/imports/find-similar-drafts";
import { findOtherIssuers } from "@/lib/imports/find-other-issuers";
import { reviewSuggestions } from "@/lib/imports/other-issuers";
import { OtherIssuerNote } from "@/components/imports/other-issuer-note";
import { can } from "@/lib/permissions/permissions";
import { SimilarReportsNote } from "@/components/imports/similar-reports-note";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { todayIsoDay } from "@/lib/time/today";
import { getTranslator } from "@/lib/i18n/server-locale";
import { listOfficials } from "@/lib/users/list-officials";
import { acceptImportAction, discardImportAction } from "./actions";
import { reportName } from "@/lib/reports/report-name";
import type { Metadata } from "next";
import { departmentChoiceLabels } from "@/lib/departments/department-choice-labels";

/** A draft accepted or discarded (or never made) is "not found", and so is its title. */
export async function generateMetadata({ params }: { params: Promise<{ draftId: string }> }): Promise<Metadata> {
  await requireActor("report.import");
  const draftId = parseId((await params).draftId);
  const draft = draftId ? await getImportDraft(draftId) : null;
  const { t } = await getTranslator();
  return { title: t(draft ? "import.review" : "notFound.title") };
}

const COMPARATORS = [">=", "<=", "=", "growth", "approx", "range"] as const;

export default async function ReviewImportPage({ params }: { params: Promise<{ draftId: string }> }) {
  const actor = await requireActor("report.import");
  const draftId = parseId((await params).draftId);
  const draft = draftId ? await getImportDraft(draftId) : null;
  if (!draft) notFound();
  const [{ t, locale }, departments, officials, keywords, similar, similarDrafts, otherIssuers] = await Promise.all([
    getTranslator(),
    listDepartments(),
    listOfficials(),
    getLeadKeywords(),
    findSimilarReports(draft),
    findSimilarDrafts(draft),
    findOtherIssuers(draft.issuer),
  ]);
  // Another government's report: the leads suggested from this one's departments are not filled in.
  const suggested = reviewSuggestions(draft.candidates, keywords, otherIssuers);
  // A draft is opened by whoever may import (this page's own permission), whoever started it.
  const opensDrafts = can(actor, "report.import");
  return (
    <>
      <PageHeader title={t("import.reviewTitle", { report: reportName(draft, " · ") })} />
      <p className="-mt-4 mb-4 text-sm text-slate-600">
        {draft.issuer} · {t("import.reviewHint")}
      </p>
      {otherIssuers.length > 0 && (
        <OtherIssuerNote template={t("import.otherIssuer")} issuer={draft.issuer} imported={otherIssuers.join(t("common.enumeration"))} />
      )}
      <SimilarReportsNote
        reports={similar.map((r) => ({
          id: r.id,
          name: reportName(r),
          said: t("import.similar.item", { importedAt: formatLocalTime(r.importedAt), count: r._count.commitments }),
          href: `/reports/${r.id}`,
        }))}
        drafts={similarDrafts.map((d) => ({
          id: d.id,
          name: reportName(d),
          said: t("import.similar.draftItem", { createdAt: formatLocalTime(d.createdAt) }),
          href: opensDrafts ? `/reports/import/${d.id}` : null,
        }))}
        labels={{
          heading: t("import.similar.heading", { count: similar.length }),
          advice: t("import.similar.advice"),
          draftsHeading: t("import.similar.draftsHeading", { count: similarDrafts.length }),
          draftsAdvice: t("import.similar.draftsAdvice"),
        }}
      />
      <CandidateReview
        locale={locale}
        userId={actor.id}
        draftId={draft.id}
        reportYear={draft.year}
        today={todayIsoDay()}
        text={draft.text}
        sections={draft.sections.map((s) => ({ code: s.code, title: s.title, start: s.start, end: s.end }))}
        candidates={suggested.candidates}
        // What tells this draft's saved edits apart: its candidates as stored, not as shown (the
        // rows' shape changes with the code, the suggestions with the reports imported meanwhile).
        savedReviewBase={reviewFingerprint(draft.candidates)}
        options={{
          departments: departments.filter((d) => d.active).map((d) => ({ id: d.id, name: d.name })),
          officials,
          inactiveDepartments: Object.fromEntries(departments.filter((d) => !d.active).map((d) => [d.id, d.name])),
        }}
        leadKeywords={suggested.keywords}
        likelyCopy={
          similar.length > 0 ? { ids: similar.map((r) => r.id), names: similar.map((r) => t("common.quoted", { text: reportName(r) })).join(t("common.enumeration")) } : null
        }
        acceptAction={acceptImportAction}
        discardAction={discardImportAction}
        labels={{
          candidates: t("import.candidates"),
          accept: t("import.accept"),
          discard: t("import.discard"),
          discardQuestion: t("import.discardQuestion"),
          discardConfirm: t("import.discardConfirm"),
          discardCancel: t("import.discardCancel"),
          copyQuestion: t("import.copyQuestion"),
          copyDetail: t("import.copyDetail"),
          copyConfirm: t("import.copyConfirm"),
          notANumber: {
            notANumber: t("import.error.number"),
            percent: t("workflow.form.noPercent"),
            unit: t("import.error.numberWithUnit"),
            // A target's 约 or 以上 is its comparator, not an estimate to be made exact.
            approximate: t("import.error.numberApproximate"),
            approximateFigure: t("import.error.numberApproximateFigure"),
            chineseNumeral: t("workflow.form.chineseNumeral"),
            chineseNumeralFigure: t("workflow.form.chineseNumeralFigure"),
            exponent: t("workflow.form.noExponent"),
            tooLarge: t("workflow.form.numberTooLarge"),
            tooPrecise: t("workflow.form.tooManyDecimals"),
          },
          enumeration: t("common.enumeration"),
          numbersInvalid: t("import.error.numbers"),
          rowsInvalid: t("import.error.rows"),
          problems: {
            "import.error.deadlineBeforeYear": t("import.error.deadlineBeforeYear"),
            "import.error.deadlineTooLate": t("import.error.deadlineTooLate"),
            "import.error.negativeTarget": t("import.error.negativeTarget"),
            "import.error.rangeOrder": t("import.error.rangeOrder"),
            "import.error.unitMissing": t("import.error.unitMissing"),
          },
          rowNumber: t("import.rowNumber"),
          pastDeadlines: t("import.pastDeadlines"),
          noLead: t("import.noLead"),
          occasionDeadlines: t("import.occasionDeadlines"),
          leaveQuestion: t("import.leaveQuestion"),
          restored: t("import.restored"),
          startAgain: t("import.startAgain"),
          startAgainQuestion: t("import.startAgainQuestion"),
          startAgainConfirm: t("import.startAgainConfirm"),
          startedAgain: t("import.startedAgain"),
          otherTab: t("import.otherTab"),
          takeOtherTab: t("import.takeOtherTab"),
          keepThisTab: t("import.keepThisTab"),
          tookOtherTab: t("import.tookOtherTab"),
          keptThisTab: t("import.keptThisTab"),
          droppedOtherTab: t("import.droppedOtherTab"),
          addFromSelection: {
            button: t("import.add.button"),
            none: t("import.add.none"),
            selected: t("import.add.selected"),
            empty: t("import.add.empty"),
            outside: t("import.add.outside"),
            noSection: t("import.add.noSection"),
            crossesHeading: t("import.add.crossesHeading"),
            added: t("import.add.added"),
          },
          departmentChoice: departmentChoiceLabels(t),
          leadRemovedFromSupporting: t("import.leadRemovedFromSupporting"),
          mergeQuestion: t("import.mergeQuestion"),
          mergeConfirm: t("import.mergeConfirm"),
          reject: t("import.rejectRow"),
          restore: t("import.restoreRow"),
          edit: t("import.editRow"),
          doneEditing: t("import.doneEditing"),
          split: t("import.split"),
          mergeNext: t("import.mergeNext"),
          rejected: t("import.rejected"),
          deadlineNotStated: t("common.parenthesized", { text: t("detail.deadlineNotStated") }),
          deadlineSetByAdmin: t("common.parenthesized", { text: t("detail.deadlineSetByAdmin") }),
          deadlineOccasion: t("common.parenthesized", { text: t("import.deadlineOccasion") }),
          selectAll: t("import.selectAll"),
          bulkLead: t("import.bulkLead"),
          bulkApply: t("import.bulkApply"),
          bulkApplied: t("import.bulkApplied"),
          bulkRejectedLeft: t("import.bulkRejectedLeft"),
          source: t("import.source"),
          none: t("common.none"),
          gone: t("import.choiceGone"),
          milestone: t("commitments.milestone"),
          fields: {
            section: t("reports.sections"),
            indicator: t("commitments.indicator"),
            kind: t("import.kind"),
            value: t("import.value"),
            min: t("import.min"),
            max: t("import.max"),
            unit: t("import.unit"),
            comparator: t("import.comparator"),
            deadline: t("commitments.deadline"),
            lead: t("commitments.leadDepartment"),
            supporting: t("import.supporting"),
            responsible: t("import.responsible"),
            quote: t("commitments.quote"),
          },
          kinds: { numeric: t("import.kind.numeric"), milestone: t("import.kind.milestone") },
          comparators: Object.fromEntries(COMPARATORS.map((c) => [c, t(`import.comparator.${c}`)])),
        }}
      />
    </>
  );
}
