"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { keepThisSession } from "@/lib/auth/keep-this-session";
import { changeOwnPassword } from "@/lib/users/change-own-password";

const change = formAction(changeOwnPassword, {
  successMessage: (_, t) => t("account.password.changed"),
  // The change ended every session of the user; this browser stays signed in.
  afterSuccess: (user) => keepThisSession(user.id, user.sessionVersion),
});

export async function changeOwnPasswordAction(state: FormState, formData: FormData) {
  return change(state, formData);
}
