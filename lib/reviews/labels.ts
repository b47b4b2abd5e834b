import type { Translate } from "@/lib/i18n/translate";

export function reviewUpdateLabels(t: Translate) {
  return {
    note: t("workflow.review.noteOptional"),
    approve: t("workflow.review.approve"),
    return: t("workflow.review.return"),
  };
}
export type ReviewUpdateLabels = ReturnType<typeof reviewUpdateLabels>;

export function verifyCommitmentLabels(t: Translate) {
  return { title: t("workflow.verify.title"), hint: t("workflow.verify.hint"), note: t("workflow.verify.noteField"), submit: t("workflow.verify.submit") };
}
export type VerifyCommitmentLabels = ReturnType<typeof verifyCommitmentLabels>;
