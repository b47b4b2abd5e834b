"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";

const closeUnmet = formAction(closeUnmetCommitment, { successMessage: (_, t) => t("workflow.unmet.done") });
const reopen = formAction(reopenCommitment, { successMessage: (_, t) => t("workflow.reopen.done") });

export async function closeUnmetCommitmentAction(state: FormState, formData: FormData) {
  return closeUnmet(state, formData);
}

export async function reopenCommitmentAction(state: FormState, formData: FormData) {
  return reopen(state, formData);
}
