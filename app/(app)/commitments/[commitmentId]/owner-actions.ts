"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { assignOwners } from "@/lib/commitments/assign-owners";

const assign = formAction(assignOwners, { successMessage: (_, t) => t("owners.saved") });

export async function assignOwnersAction(state: FormState, formData: FormData) {
  return assign(state, formData);
}
