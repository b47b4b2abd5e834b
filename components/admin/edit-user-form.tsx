"use client";

import { useActionState } from "react";
import { RoleDepartmentFields } from "./role-department-fields";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface EditUserLabels {
  title: string;
  displayName: string;
  role: string;
  department: string;
  departmentHint: string;
  submit: string;
  none: string;
  roles: Record<string, string>;
  /** Set when the user is the admin editing: why their own role is not offered. */
  ownRole?: string;
}

/** 编辑用户: starts from the user as they are; on an error, keeps what was chosen. */
export function EditUserForm({
  action,
  user,
  departments,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  user: { id: number; displayName: string; role: string; departmentId: number | null };
  departments: { id: number; name: string }[];
  labels: EditUserLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    // A refusal keeps every pick (a changed role would otherwise snap back): submitKeepingFields.
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} className="grid max-w-3xl gap-3 md:grid-cols-3" aria-label={labels.title}>
      <input type="hidden" name="userId" value={user.id} />
      <Field id="displayName" label={labels.displayName} errors={e.displayName}>
        {(p) => <input {...p} name="displayName" defaultValue={v.displayName ?? user.displayName} className={inputClass} />}
      </Field>
      <RoleDepartmentFields
        departments={departments}
        labels={labels}
        errors={e}
        defaults={{ role: v.role ?? user.role, departmentId: v.departmentId ?? String(user.departmentId ?? "") }}
        roleFixed={labels.ownRole}
      />
      <div>
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
      <div className="md:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
