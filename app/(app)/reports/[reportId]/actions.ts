"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { deleteReport } from "@/lib/reports/delete-report";
import { updateReport } from "@/lib/reports/update-report";

const remove = formAction(deleteReport, { redirectTo: () => "/reports?deleted=1" });
const update = formAction(updateReport, { successMessage: (r, t) => t(r.changed ? "reports.edit.saved" : "reports.edit.unchanged") });

export async function deleteReportAction(state: FormState, formData: FormData) {
  return remove(state, formData);
}

export async function updateReportAction(state: FormState, formData: FormData) {
  return update(state, formData);
}
