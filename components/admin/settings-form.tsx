"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export function SettingsForm({
  action,
  values,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  values: { publicPageEnabled: boolean; staleAfterDays: number };
  labels: { title: string; publicPage: string; staleAfterDays: string; staleHint: string; save: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  // After a refusal the box keeps what was sent (a checkbox is sent only when ticked), as the
  // number field does; React resets the form after the action, so the stored value would win.
  const publicPageChecked = state.status === "error" ? state.values?.publicPageEnabled !== undefined : values.publicPageEnabled;
  return (
    <form action={formAction} aria-label={labels.title} className="max-w-xl space-y-4">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="publicPageEnabled" defaultChecked={publicPageChecked} className="mt-1" />
        <span>{labels.publicPage}</span>
      </label>
      <Field id="staleAfterDays" label={labels.staleAfterDays} hint={labels.staleHint} errors={e.staleAfterDays}>
        {(p) => <input {...p} name="staleAfterDays" inputMode="numeric" defaultValue={state.values?.staleAfterDays ?? values.staleAfterDays} className={`${inputClass} w-32`} />}
      </Field>
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
