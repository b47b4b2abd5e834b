"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { deleteReport } from "@/lib/reports/delete-report";

const remove = formAction(deleteReport, { redirectTo: () => "/reports?deleted=1" });

export async function deleteReportAction(state: FormState, formData: FormData) {
  return remove(state, formData);
}
