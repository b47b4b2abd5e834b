"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createDepartment } from "@/lib/departments/create-department";
import { setDepartmentActive } from "@/lib/departments/set-department-active";

const create = formAction(createDepartment, { successMessage: (_, t) => t("departments.created") });
const toggle = formAction(setDepartmentActive);

export async function createDepartmentAction(state: FormState, formData: FormData) {
  return create(state, formData);
}

export async function setDepartmentActiveAction(state: FormState, formData: FormData) {
  return toggle(state, formData);
}
