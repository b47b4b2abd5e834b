"use client";

import { useActionState } from "react";
import { besideFieldsClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { useSuccessKey } from "@/components/ui/use-success-key";

export function CreateDepartmentForm({
  action,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: { title: string; name: string; nameHint: string; code: string; codeHint: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const formKey = useSuccessKey(state);
  return (
    <form key={formKey} action={formAction} className="grid gap-3 md:grid-cols-3" aria-label={labels.title}>
      <Field id="name" label={labels.name} hint={labels.nameHint} errors={e.name}>
        {(p) => <input {...p} name="name" defaultValue={v.name} className={inputClass} />}
      </Field>
      <Field id="code" label={labels.code} hint={labels.codeHint} errors={e.code}>
        {(p) => <input {...p} name="code" defaultValue={v.code} className={inputClass} />}
      </Field>
      <div className={besideFieldsClass}>
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
