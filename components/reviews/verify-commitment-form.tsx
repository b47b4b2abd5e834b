"use client";

import { useActionState } from "react";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, isSettled, type FormState } from "@/lib/actions/form-state";
import type { VerifyCommitmentLabels } from "@/lib/reviews/labels";

/**
 * A reviewer confirms completion (核验); the server refuses unless the commitment is completed
 * (approved 100%, light COMPLETED). The page keeps it in place once the commitment is verified:
 * the form is gone then, and a verification made here is said where it was, with the focus
 * (which would otherwise fall to the page's body with the form).
 */
export function VerifyCommitmentForm({
  action,
  commitmentId,
  version,
  verified,
  waiting = null,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitmentId: number;
  /** The version the page read: a commitment changed meanwhile is refused, not overwritten. */
  version: number;
  /** Verified already (by this form a moment ago, or before the page was opened). */
  verified: boolean;
  /** What still waits on the commitment (whatWaits), said instead of a verification the server would refuse. */
  waiting?: string | null;
  labels: VerifyCommitmentLabels;
}) {
  const [answered, formAction, pending] = useActionState(action, initialFormState);
  // A verification's answer holds while the commitment is verified: reopened since (another form),
  // the form comes back without it.
  const state = answered.status === "success" && !verified ? initialFormState : answered;
  if (verified) return <AnswerInPlace state={state} keep className="p-3" />;
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <Card>
      <form noValidate action={formAction} aria-label={labels.title} data-testid="verify-commitment-form" className="grid gap-2">
        <h2 className="font-medium">{labels.title}</h2>
        <p className="text-sm text-slate-500">{labels.hint}</p>
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <input type="hidden" name="version" value={version} />
        {/* Changed meanwhile (verified elsewhere, a version read before): only the answer is left. */}
        {!isSettled(state) && waiting !== null && (
          <p className="text-sm text-amber-800" data-testid="verify-waiting">
            {waiting}
          </p>
        )}
        {!isSettled(state) && waiting === null && (
          <>
            <Field id="verify-note" label={labels.note} errors={state.fieldErrors?.note}>
              {(p) => <textarea {...p} name="note" rows={2} required maxLength={2000} defaultValue={v.note} className={inputClass} />}
            </Field>
            <div>
              <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
            </div>
          </>
        )}
        <FormMessage state={state} />
      </form>
    </Card>
  );
}
