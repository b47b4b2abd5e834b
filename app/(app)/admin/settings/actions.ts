"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { updateSettings } from "@/lib/settings/update-settings";

const update = formAction(updateSettings, { successMessage: (r, t) => t(r.changed ? "settings.saved" : "settings.unchanged") });

export async function updateSettingsAction(state: FormState, formData: FormData) {
  return update(state, formData);
}
