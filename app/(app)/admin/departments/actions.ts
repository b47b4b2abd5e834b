"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createDepartment } from "@/lib/departments/create-department";
import { setDepartmentActive } from "@/lib/departments/set-department-active";
import { getTranslator } from "@/lib/i18n/server-locale";

const create = formAction(createDepartment, async () => (await getTranslator()).t("departments.created"));
const toggle = formAction(setDepartmentActive);

export async function createDepartmentAction(state: FormState, formData: FormData) {
  return create(state, formData);
}

export async function setDepartmentActiveAction(state: FormState, formData: FormData) {
  return toggle(state, formData);
}
