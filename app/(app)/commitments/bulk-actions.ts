"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { bulkAssignOwners } from "@/lib/commitments/bulk-assign-owners";
import { bulkCloseUnmet } from "@/lib/reviews/bulk-close-unmet";

const bulkAssign = formAction(bulkAssignOwners, {
  successMessage: (r, t) =>
    (r.count === 0 ? t("owners.bulkNothingChanged") : t("owners.bulkSaved", { count: r.count }) + (r.unchanged ? t("owners.bulkUnchanged", { count: r.unchanged }) : "")) +
    (r.leadsAlready ? t("owners.bulkLeadsAlready", { count: r.leadsAlready }) : ""),
});

export async function bulkAssignOwnersAction(state: FormState, formData: FormData) {
  return bulkAssign(state, formData);
}

const bulkClose = formAction(bulkCloseUnmet, { successMessage: (r, t) => t("workflow.unmet.bulk.done", { count: r.count }) });

export async function bulkCloseUnmetAction(state: FormState, formData: FormData) {
  return bulkClose(state, formData);
}
