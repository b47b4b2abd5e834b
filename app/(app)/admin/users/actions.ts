"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";
import { sentenceIn } from "@/lib/i18n/sentence";
import { userSubjectSentence } from "@/lib/users/user-subject";
import { warnsWhenUnstaffed, withUnstaffedNote } from "@/lib/departments/unstaffed-note";

const create = formAction(createUser, { successMessage: (_, t) => t("users.created") });
const toggle = formAction(setUserDisabled, {
  successMessage: (user, t) =>
    withUnstaffedNote(sentenceIn({ template: t(user.disabled ? "users.disabledDone" : "users.enabledDone"), data: {} }, "name", userSubjectSentence(user, t)), user.unstaffed, t),
  // Its department left with nobody to report on its open work: done, but something to do next.
  warns: warnsWhenUnstaffed,
});
const update = formAction(updateUser, {
  successMessage: (user, t) => (user.unstaffed ? withUnstaffedNote({ template: t("users.saved"), data: {} }, user.unstaffed, t) : t("users.saved")),
  warns: warnsWhenUnstaffed,
});
const reset = formAction(resetUserPassword, {
  successMessage: (user, t) => sentenceIn({ template: t("users.passwordReset"), data: {} }, "name", userSubjectSentence(user, t)),
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
