"use client";

import { useActionState } from "react";
import { RoleDepartmentFields } from "./role-department-fields";
import { besideFieldsClass, Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { useSuccessKey } from "@/components/ui/use-success-key";

export interface CreateUserLabels {
  title: string;
  loginName: string;
  displayName: string;
  role: string;
  department: string;
  departmentHint: string;
  password: string;
  submit: string;
  none: string;
  roles: Record<string, string>;
}

export function CreateUserForm({
  action,
  labels,
  departments,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: CreateUserLabels;
  departments: { id: number; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  // A new key after each success empties the form for the next user.
  const formKey = useSuccessKey(state);
  return (
    // A refusal keeps every pick (the role and department selects too): submitKeepingFields.
    <form key={formKey} action={formAction} onSubmit={submitKeepingFields(formAction)} className="grid gap-3 md:grid-cols-3" aria-label={labels.title}>
      <Field id="loginName" label={labels.loginName} errors={e.loginName}>
        {(p) => <input {...p} name="loginName" defaultValue={v.loginName} className={inputClass} />}
      </Field>
      <Field id="displayName" label={labels.displayName} errors={e.displayName}>
        {(p) => <input {...p} name="displayName" defaultValue={v.displayName} className={inputClass} />}
      </Field>
      <Field id="password" label={labels.password} errors={e.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <RoleDepartmentFields departments={departments} labels={labels} errors={e} defaults={{ role: v.role ?? "OFFICIAL", departmentId: v.departmentId ?? "" }} />
      <div className={besideFieldsClass}>
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
