"use client";

import { useActionState } from "react";
import { Field, fileInputClass, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface ImportFormLabels {
  title: string;
  file: string;
  paste: string;
  issuer: string;
  year: string;
  submit: string;
  submitting: string;
}

export function ImportForm({
  action,
  labels,
  defaultIssuer,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: ImportFormLabels;
  defaultIssuer: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    // A refusal keeps the file chosen (a browser cannot refill a file input): submitKeepingFields.
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="space-y-3" aria-label={labels.title}>
      <Field id="file" label={labels.file} errors={e.file}>
        {(p) => <input {...p} name="file" type="file" accept=".txt,text/plain" className={fileInputClass} />}
      </Field>
      <Field id="text" label={labels.paste} errors={e.text}>
        {(p) => <textarea {...p} name="text" rows={8} defaultValue={v.text} className={inputClass} />}
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="issuer" label={labels.issuer} errors={e.issuer}>
          {(p) => <input {...p} name="issuer" defaultValue={v.issuer ?? defaultIssuer} className={inputClass} />}
        </Field>
        <Field id="year" label={labels.year} errors={e.year}>
          {(p) => <input {...p} name="year" inputMode="numeric" defaultValue={v.year} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>{pending ? labels.submitting : labels.submit}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
