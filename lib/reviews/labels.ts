import type { Translate } from "@/lib/i18n/translate";

export function reviewUpdateLabels(t: Translate) {
  return {
    note: t("workflow.review.noteOptional"),
    approve: t("workflow.review.approve"),
    return: t("workflow.review.return"),
  };
}
export type ReviewUpdateLabels = ReturnType<typeof reviewUpdateLabels>;

/** `milestone`: the hint says the milestone was reported done, not that a figure reached 100%. */
export function verifyCommitmentLabels(t: Translate, milestone: boolean) {
  return { title: t("workflow.verify.title"), hint: t(milestone ? "workflow.verify.hintMilestone" : "workflow.verify.hint"), note: t("workflow.verify.noteField"), submit: t("workflow.verify.submit") };
}
export type VerifyCommitmentLabels = ReturnType<typeof verifyCommitmentLabels>;
