"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { approveChangeRequest } from "@/lib/change-requests/approve-change-request";
import { refuseChangeRequest } from "@/lib/change-requests/refuse-change-request";
import { requestChange } from "@/lib/change-requests/request-change";
import { readEvidenceFiles } from "@/lib/evidence/read-evidence-files";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { returnUpdate } from "@/lib/reviews/return-update";
import { revokeApproval } from "@/lib/reviews/revoke-approval";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { submitUpdate } from "@/lib/updates/submit-update";

// Thin wrappers: every rule lives in the action definitions under lib/. The review queue
// (/review) uses the review and change-request ones from here too.
const submit = formAction(submitUpdate, {
  readFiles: readEvidenceFiles,
  successMessage: (r, t) => (r.answered ? t("workflow.update.submittedAnswering", { asOf: r.answered }) : t("workflow.update.submitted")),
});
const approve = formAction(approveUpdate, { successMessage: (_, t) => t("workflow.review.approved") });
const sendBack = formAction(returnUpdate, { successMessage: (_, t) => t("workflow.review.returned") });
const takeBack = formAction(revokeApproval, { successMessage: (r, t) => t(r.overtaken ? "workflow.revoke.doneOvertaken" : "workflow.revoke.done") });
const verify = formAction(verifyCommitment, { successMessage: (_, t) => t("workflow.verify.done") });
const request = formAction(requestChange, { successMessage: (_, t) => t("workflow.change.submitted") });
const grant = formAction(approveChangeRequest, { successMessage: (_, t) => t("workflow.change.approved") });
const refuse = formAction(refuseChangeRequest, { successMessage: (_, t) => t("workflow.change.refused") });

export async function submitUpdateAction(state: FormState, formData: FormData) {
  return submit(state, formData);
}

export async function approveUpdateAction(state: FormState, formData: FormData) {
  return approve(state, formData);
}

export async function returnUpdateAction(state: FormState, formData: FormData) {
  return sendBack(state, formData);
}

export async function revokeApprovalAction(state: FormState, formData: FormData) {
  return takeBack(state, formData);
}

export async function verifyCommitmentAction(state: FormState, formData: FormData) {
  return verify(state, formData);
}

export async function requestChangeAction(state: FormState, formData: FormData) {
  return request(state, formData);
}

export async function approveChangeRequestAction(state: FormState, formData: FormData) {
  return grant(state, formData);
}

export async function refuseChangeRequestAction(state: FormState, formData: FormData) {
  return refuse(state, formData);
}
