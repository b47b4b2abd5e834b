"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { acceptImport } from "@/lib/imports/accept-import";
import { discardImport } from "@/lib/imports/discard-import";

// The new report's page says how many commitments it now holds (?imported asks it to) and links
// to them: a message returned from here would be lost in the redirect.
const accept = formAction(acceptImport, { redirectTo: (result) => `/reports/${result.reportId}?imported=1` });
// The import page says the draft is gone (?discarded): the review the admin was reading left with it.
const discard = formAction(discardImport, { redirectTo: () => "/reports/import?discarded=1" });

export async function acceptImportAction(state: FormState, formData: FormData) {
  return accept(state, formData);
}

export async function discardImportAction(state: FormState, formData: FormData) {
  return discard(state, formData);
}
