"use client";

import { useActionState } from "react";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** 重命名 in a department's row: folded away until opened; keeps what was typed on an error. */
export function RenameDepartmentForm({
  action,
  department,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; name: string };
  labels: { open: string; title: string; name: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.name : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <details className="mt-1">
      <summary className={`${secondaryButtonClass} inline-block cursor-pointer`}>{labels.open}</summary>
      <form action={formAction} aria-label={labels.title} className="mt-2 w-72 space-y-2">
        <input type="hidden" name="departmentId" value={department.id} />
        <Field id={`rename-department-${department.id}`} label={labels.name} errors={e.name}>
          {(p) => <input {...p} name="name" defaultValue={typed ?? department.name} className={inputClass} />}
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>
          {labels.submit}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
