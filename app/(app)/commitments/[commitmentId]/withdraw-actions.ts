"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";

const withdraw = formAction(withdrawCommitment, {
  successMessage: (r, t) => (r.returned + r.refused > 0 ? t("withdraw.doneAnswered", { returned: r.returned, refused: r.refused }) : t("withdraw.done")),
});
const restore = formAction(restoreCommitment, { successMessage: (_, t) => t("withdraw.restored") });

export async function withdrawCommitmentAction(state: FormState, formData: FormData) {
  return withdraw(state, formData);
}

export async function restoreCommitmentAction(state: FormState, formData: FormData) {
  return restore(state, formData);
}
