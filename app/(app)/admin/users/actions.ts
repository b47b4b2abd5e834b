"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";
import { userSubject } from "@/lib/users/user-subject";

const create = formAction(createUser, { successMessage: (_, t) => t("users.created") });
const toggle = formAction(setUserDisabled, {
  successMessage: (user, t) => t(user.disabled ? "users.disabledDone" : "users.enabledDone", { name: userSubject(user, t) }),
});
const update = formAction(updateUser, { successMessage: (_, t) => t("users.saved") });
const reset = formAction(resetUserPassword, {
  successMessage: (user, t) => t("users.passwordReset", { name: userSubject(user, t) }),
});

export async function createUserAction(state: FormState, formData: FormData) {
  return create(state, formData);
}

export async function setUserDisabledAction(state: FormState, formData: FormData) {
  return toggle(state, formData);
}

export async function updateUserAction(state: FormState, formData: FormData) {
  return update(state, formData);
}

export async function resetUserPasswordAction(state: FormState, formData: FormData) {
  return reset(state, formData);
}
