"use client";

import { OneFieldForm } from "@/components/ui/one-field-form";
import type { FormState } from "@/lib/actions/form-state";

export interface RevokeApprovalLabels {
  title: string;
  hint: string;
  note: string;
  submit: string;
}

/**
 * A reviewer takes back an approval (撤回审核通过), folded away under the approved reading: it is
 * rare, and the note is required. Mounted as long as its reading is listed, so once the reading
 * shows as returned the answer is said where the form was, with the focus.
 */
export function RevokeApprovalForm({
  action,
  updateId,
  approved,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  updateId: number;
  /** Still approved: the form is offered. */
  approved: boolean;
  labels: RevokeApprovalLabels;
}) {
  return (
    <OneFieldForm
      action={action}
      hidden={{ updateId }}
      field={{ name: "note", id: `revoke-${updateId}-note`, label: labels.note }}
      submit={labels.submit}
      offered={approved}
      testId={`revoke-approval-${updateId}`}
      title={labels.title}
      hint={labels.hint}
      wrap={(form) => (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-slate-600">{labels.title}</summary>
          {form}
        </details>
      )}
    />
  );
}
