"use server";

import { formAction } from "@/lib/actions/server-action";
import type { FormState } from "@/lib/actions/form-state";
import { createDepartment } from "@/lib/departments/create-department";
import { mergeDepartment } from "@/lib/departments/merge-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { setDepartmentActive } from "@/lib/departments/set-department-active";
import { setDepartmentKeywords } from "@/lib/departments/set-department-keywords";
import { warnsWhenUnstaffed, withUnstaffedNote } from "@/lib/departments/unstaffed-note";

const create = formAction(createDepartment, { successMessage: (_, t) => t("departments.created") });
const toggle = formAction(setDepartmentActive, {
  successMessage: (department, t) => ({ template: t(department.active ? "departments.activated" : "departments.deactivated"), data: { name: department.name } }),
});
const merge = formAction(mergeDepartment, {
  successMessage: (r, t) => withUnstaffedNote({ template: t("departments.merged", { commitments: r.commitments, users: r.users }), data: { name: r.name, into: r.into } }, r.unstaffed, t),
  // Merged into a department nobody reports for: done, but the work moved waits for an official.
  warns: warnsWhenUnstaffed,
});
const rename = formAction(renameDepartment, { successMessage: (_, t) => t("departments.renamed") });
const keywords = formAction(setDepartmentKeywords, {
  successMessage: (department, t) => (department.changed ? { template: t("departments.keywordsSaved"), data: { name: department.name } } : t("departments.keywordsUnchanged")),
});

export async function createDepartmentAction(state: FormState, formData: FormData) {
  return create(state, formData);
}

export async function setDepartmentActiveAction(state: FormState, formData: FormData) {
  return toggle(state, formData);
}

export async function renameDepartmentAction(state: FormState, formData: FormData) {
  return rename(state, formData);
}

export async function setDepartmentKeywordsAction(state: FormState, formData: FormData) {
  return keywords(state, formData);
}

export async function mergeDepartmentAction(state: FormState, formData: FormData) {
  return merge(state, formData);
}
