"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { readBulkUpload } from "@/lib/bulk-updates/read-bulk-upload";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";

const submit = formAction(submitBulkUpdates, {
  readFiles: readBulkUpload,
  successMessage: (r, t) => (r.answered ? t("bulk.submittedAnswering", { count: r.count, answered: r.answered }) : t("bulk.submitted", { count: r.count })),
});

export async function submitBulkUpdatesAction(state: FormState, formData: FormData) {
  return submit(state, formData);
}
