"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FoldForm } from "@/components/ui/folded-form";
import { LazyFold } from "@/components/ui/lazy-fold";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** 重命名 in a department's row: rendered once opened; keeps what was typed on an error. */
export function RenameDepartmentForm({
  action,
  department,
  fold,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; name: string };
  fold: { href: string; open: boolean };
  labels: { open: string; title: string; name: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.name : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <LazyFold label={labels.open} {...fold}>
      <FoldForm title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
        <input type="hidden" name="departmentId" value={department.id} />
        <Field id={renameFieldId(department.id)} label={labels.name} errors={e.name}>
          {(p) => <input {...p} name="name" defaultValue={typed ?? department.name} className={inputClass} />}
        </Field>
      </FoldForm>
    </LazyFold>
  );
}

export const renameFieldId = (id: number) => `rename-department-${id}`;
