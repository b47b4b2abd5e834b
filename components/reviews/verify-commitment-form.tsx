"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { VerifyCommitmentLabels } from "@/lib/reviews/labels";

/** A reviewer confirms completion (核验); the server refuses unless the commitment is completed (approved 100%, light COMPLETED). */
export function VerifyCommitmentForm({
  action,
  commitmentId,
  version,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitmentId: number;
  /** The version the page read: a commitment changed meanwhile is refused, not overwritten. */
  version: number;
  labels: VerifyCommitmentLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} aria-label={labels.title} data-testid="verify-commitment-form" className="grid gap-2">
      <h2 className="font-medium">{labels.title}</h2>
      <p className="text-sm text-slate-500">{labels.hint}</p>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <Field id="verify-note" label={labels.note} errors={state.fieldErrors?.note}>
        {(p) => <textarea {...p} name="note" rows={2} required maxLength={2000} defaultValue={v.note} className={inputClass} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
