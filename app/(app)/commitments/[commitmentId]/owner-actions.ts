"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { assignOwners } from "@/lib/commitments/assign-owners";

const assign = formAction(assignOwners, { successMessage: (r, t) => t(r.changed ? "owners.saved" : "owners.nothingChanged") });

export async function assignOwnersAction(state: FormState, formData: FormData) {
  return assign(state, formData);
}
