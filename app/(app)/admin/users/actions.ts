"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createUser } from "@/lib/users/create-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";

const create = formAction(createUser, { successMessage: (_, t) => t("users.created") });
const toggle = formAction(setUserDisabled);

export async function createUserAction(state: FormState, formData: FormData) {
  return create(state, formData);
}

export async function setUserDisabledAction(state: FormState, formData: FormData) {
  return toggle(state, formData);
}
