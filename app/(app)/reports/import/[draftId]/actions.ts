"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { acceptImport } from "@/lib/imports/accept-import";
import { discardImport } from "@/lib/imports/discard-import";

const accept = formAction(acceptImport, { redirectTo: (result) => `/commitments?report=${result.reportId}` });
const discard = formAction(discardImport, { redirectTo: () => "/reports/import" });

export async function acceptImportAction(state: FormState, formData: FormData) {
  return accept(state, formData);
}

export async function discardImportAction(state: FormState, formData: FormData) {
  return discard(state, formData);
}
