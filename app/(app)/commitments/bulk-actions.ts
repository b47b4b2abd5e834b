"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { bulkAssignOwners } from "@/lib/commitments/bulk-assign-owners";

const bulkAssign = formAction(bulkAssignOwners, {
  successMessage: (r, t) =>
    (r.count === 0 ? t("owners.bulkNothingChanged") : t("owners.bulkSaved", { count: r.count }) + (r.unchanged ? t("owners.bulkUnchanged", { count: r.unchanged }) : "")) +
    (r.leadsAlready ? t("owners.bulkLeadsAlready", { count: r.leadsAlready }) : ""),
});

export async function bulkAssignOwnersAction(state: FormState, formData: FormData) {
  return bulkAssign(state, formData);
}
