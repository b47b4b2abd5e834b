"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { keepThisSession } from "@/lib/auth/keep-this-session";
import { afterPasswordChange } from "@/lib/auth/password-change-path";
import { changeOwnPassword } from "@/lib/users/change-own-password";

const change = formAction(changeOwnPassword, {
  successMessage: (_, t) => t("account.password.changed"),
  // The change ended every session of the user; this browser stays signed in.
  afterSuccess: (user) => keepThisSession(user.id, user.sessionVersion),
  // A change the account was waiting for (an admin chose the password) leads on to the page first
  // asked for; one made by choice stays here to say it is done.
  redirectTo: (user, values) => (user.wasDue ? afterPasswordChange(values.next) : null),
});

export async function changeOwnPasswordAction(state: FormState, formData: FormData) {
  return change(state, formData);
}
