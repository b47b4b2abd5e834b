"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { approveChangeRequest } from "@/lib/change-requests/approve-change-request";
import { refuseChangeRequest } from "@/lib/change-requests/refuse-change-request";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { returnUpdate } from "@/lib/reviews/return-update";

const approve = formAction(approveUpdate, { successMessage: (_, t) => t("workflow.review.approved") });
const sendBack = formAction(returnUpdate, { successMessage: (_, t) => t("workflow.review.returned") });
const grant = formAction(approveChangeRequest, { successMessage: (_, t) => t("workflow.change.approved") });
const refuse = formAction(refuseChangeRequest, { successMessage: (_, t) => t("workflow.change.refused") });

export async function approveUpdateAction(state: FormState, formData: FormData) {
  return approve(state, formData);
}

export async function returnUpdateAction(state: FormState, formData: FormData) {
  return sendBack(state, formData);
}

export async function approveChangeRequestAction(state: FormState, formData: FormData) {
  return grant(state, formData);
}

export async function refuseChangeRequestAction(state: FormState, formData: FormData) {
  return refuse(state, formData);
}
