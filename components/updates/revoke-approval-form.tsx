"use client";

import { useActionState, useEffect, useRef } from "react";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

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
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const done = useRef<HTMLParagraphElement>(null);
  const revokedHere = !approved && state.status === "success";
  useEffect(() => {
    if (revokedHere) done.current?.focus();
  }, [revokedHere]);
  if (!approved) {
    return revokedHere ? (
      <p ref={done} tabIndex={-1} role="status" aria-live="polite" className="mt-2 rounded-md bg-green-50 p-2 text-green-800 outline-none">
        {state.message}
      </p>
    ) : null;
  }
  const typed = state.status === "error" ? state.values?.note : undefined;
  return (
    <details className="mt-2" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-xs text-slate-600">{labels.title}</summary>
      <form action={formAction} aria-label={labels.title} data-testid={`revoke-approval-${updateId}`} className="mt-2 grid gap-2">
        <p className="text-xs text-slate-500">{labels.hint}</p>
        <input type="hidden" name="updateId" value={updateId} />
        <Field id={`revoke-${updateId}-note`} label={labels.note} errors={state.fieldErrors?.note}>
          {(p) => <textarea {...p} name="note" rows={2} required maxLength={2000} defaultValue={typed} className={inputClass} />}
        </Field>
        <div>
          <SubmitButton pending={pending} className={secondaryButtonClass}>
            {labels.submit}
          </SubmitButton>
        </div>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
