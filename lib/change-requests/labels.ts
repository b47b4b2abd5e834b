import type { Locale, Translate } from "@/lib/i18n/translate";
import { unitName } from "@/lib/commitments/format-target";

/** `plannedFall`: the target's text when it is a fall, whose new value is written negative too. */
export function changeRequestFormLabels(t: Translate, locale: Locale, plannedFall?: string | null, unit?: string | null) {
  const named = unitName(unit, locale);
  return {
    title: t("workflow.change.title"),
    kind: t("workflow.change.kind"),
    kinds: { EXTEND_DEADLINE: t("workflow.change.kind.EXTEND_DEADLINE"), ADJUST_TARGET: t("workflow.change.kind.ADJUST_TARGET") },
    proposedDeadline: t("workflow.change.proposedDeadline"),
    /** "{from}", "{to}": the days an extension may ask for, said under the date field. */
    deadlineRange: t("workflow.change.deadlineRange"),
    proposedValue: t("workflow.change.proposedValue"),
    proposedMin: t("workflow.change.proposedMin"),
    proposedMax: t("workflow.change.proposedMax"),
    /** After a target field's name: its unit, "（万亩）" / " (10,000 mu)"; none for a measure word English drops. */
    unitSuffix: named ? t("common.parenthesized", { text: named }) : "",
    fallHint: plannedFall ? t("workflow.change.fallHint", { target: plannedFall }) : undefined,
    reason: t("workflow.change.reason"),
    submit: t("workflow.change.submit"),
    // Templates with {times}: a new target typed far from the current one (a slip of unit?).
    scaleUp: t("workflow.change.scaleUpTyped"),
    scaleDown: t("workflow.change.scaleDownTyped"),
  };
}
export type ChangeRequestFormLabels = ReturnType<typeof changeRequestFormLabels>;

export function changeRequestListLabels(t: Translate) {
  return {
    /** "{name}（已停用）": a requester or reviewer whose account is disabled now. */
    disabledName: t("people.disabledName"),
    title: t("workflow.change.listTitle"),
    empty: t("workflow.change.empty"),
    kinds: { EXTEND_DEADLINE: t("workflow.change.kind.EXTEND_DEADLINE"), ADJUST_TARGET: t("workflow.change.kind.ADJUST_TARGET") },
    states: { PENDING: t("workflow.change.state.PENDING"), APPROVED: t("workflow.change.state.APPROVED"), REFUSED: t("workflow.change.state.REFUSED") },
    commitment: t("workflow.review.commitment"),
    // Templates with {current} and {proposed}, filled per request by describeProposal.
    deadlineChange: t("workflow.change.deadlineChange"),
    targetChange: t("workflow.change.targetChange"),
    deadlineProposed: t("workflow.change.deadlineProposed"),
    targetProposed: t("workflow.change.targetProposed"),
    reason: t("workflow.change.reason"),
    requester: t("workflow.change.requester"),
    reviewer: t("workflow.timeline.reviewer"),
    reviewNote: t("workflow.change.note"),
    decide: { note: t("workflow.change.noteField"), approve: t("workflow.change.approve"), refuse: t("workflow.change.refuse") },
    // Templates with {times}: a proposed target far from the current one.
    scaleUp: t("workflow.change.scaleUp"),
    scaleDown: t("workflow.change.scaleDown"),
  };
}
export type ChangeRequestListLabels = ReturnType<typeof changeRequestListLabels>;
