import { fillMessage } from "@/lib/i18n/fill-message";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { unitName } from "@/lib/commitments/format-target";

/**
 * Labels of the submit-update form, from the dictionaries. `unit` is the target's unit, named in
 * the reader's language (unitName: "Actual value (10,000 mu)", none for a measure word English
 * drops); `plannedFall` is the target's text when it is a fall, which is reported as a negative change.
 */
export function submitUpdateLabels(t: Translate, locale: Locale, unit?: string | null, plannedFall?: string | null) {
  const named = unitName(unit, locale);
  return {
    title: t("workflow.update.title"),
    resubmitTitle: t("workflow.update.resubmitTitle"),
    reviewNote: t("workflow.timeline.reviewNote"),
    asOf: t("workflow.update.asOf"),
    /** "{from}", "{to}": the days a reading may be as of; `asOfNotYet` before the report's year begins. */
    asOfRange: t("workflow.update.asOfRange"),
    asOfNotYet: t("workflow.update.asOfNotYet"),
    actual: named ? t("workflow.update.actualUnit", { unit: named }) : t("workflow.update.actual"),
    actualHint: plannedFall ? t("workflow.update.fallHint", { target: plannedFall }) : undefined,
    /** "{times}": said as a figure far beyond the target is typed (it may still be sent). */
    implausible: t("workflow.update.implausible"),
    falling: t("workflow.review.falling"),
    done: t("workflow.update.done"),
    doneYes: t("workflow.update.doneYes"),
    doneNo: t("workflow.update.doneNo"),
    narrative: t("workflow.update.narrative"),
    narrativeWithHint: `${t("workflow.update.narrative")}${t("common.parenthesized", { text: t("workflow.update.narrativeHint") })}`,
    evidence: t("workflow.evidence.title"),
    evidenceHint: t("workflow.evidence.hint"),
    /** Unfilled: the form names the file too large ({name}). */
    evidenceProblems: { "workflow.evidence.tooMany": t("workflow.evidence.tooMany"), "workflow.evidence.tooLarge": t("workflow.evidence.tooLarge") },
    keepEvidence: t("workflow.evidence.keep"),
    submit: t("workflow.update.submit"),
    submitting: t("workflow.update.submitting"),
  };
}
export type SubmitUpdateLabels = ReturnType<typeof submitUpdateLabels>;

/**
 * Said under 数据截至日期: the days it may be, from 1 January of the report's year to today (the
 * schema names a day outside them, but only once one is picked). A report whose year has not begun
 * has none yet: said so, not as a range that ends before it starts.
 */
export function asOfRangeHint(labels: Pick<SubmitUpdateLabels, "asOfRange" | "asOfNotYet">, earliest: string | undefined, today: string | undefined): string | undefined {
  if (!earliest || !today) return undefined;
  return earliest <= today ? fillMessage(labels.asOfRange, { from: earliest, to: today }) : fillMessage(labels.asOfNotYet, { from: earliest });
}

export function updateTimelineLabels(t: Translate) {
  return {
    title: t("workflow.timeline.title"),
    empty: t("workflow.timeline.empty"),
    states: { SUBMITTED: t("workflow.state.SUBMITTED"), APPROVED: t("workflow.state.APPROVED"), RETURNED: t("workflow.state.RETURNED") },
    /** A returned update whose approval was taken back: its badge and its note's label. */
    revoked: t("workflow.state.REVOKED"),
    revokeNote: t("workflow.timeline.revokeNote"),
    /** An approved reading a later one of the same day stands over. */
    superseded: t("workflow.timeline.superseded"),
    asOf: t("workflow.update.asOf"),
    actual: t("workflow.timeline.actual"),
    percent: t("workflow.timeline.percent"),
    author: t("workflow.timeline.author"),
    submittedAt: t("workflow.timeline.submittedAt"),
    reviewer: t("workflow.timeline.reviewer"),
    /** "{name}（已停用）": an author or reviewer whose account is disabled now. */
    disabledName: t("people.disabledName"),
    reviewedAt: t("workflow.timeline.reviewedAt"),
    reviewNote: t("workflow.timeline.reviewNote"),
    resubmission: t("workflow.timeline.resubmission"),
    resubmit: t("workflow.timeline.resubmit"),
    answered: t("workflow.timeline.answered"),
    evidence: t("workflow.evidence.title"),
    noEvidence: t("workflow.evidence.none"),
    doneYes: t("workflow.update.doneYes"),
    doneNo: t("workflow.update.doneNo"),
  };
}
export type UpdateTimelineLabels = ReturnType<typeof updateTimelineLabels>;

/** How a milestone's report reads: 已完成 / 未完成. */
export function doneLabels(t: Translate): { yes: string; no: string } {
  return { yes: t("workflow.update.doneYes"), no: t("workflow.update.doneNo") };
}
