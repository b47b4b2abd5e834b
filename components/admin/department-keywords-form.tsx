"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FoldedForm } from "@/components/ui/folded-form";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/**
 * 关键词 in a department's row: the words an import recognises it by, one list to edit, folded
 * away until opened; keeps what was typed on an error.
 */
export function DepartmentKeywordsForm({
  action,
  department,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; keywords: string[] };
  labels: { open: string; title: string; keywords: string; hint: string; submit: string; separator: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.keywords : undefined;
  return (
    <FoldedForm open={labels.open} title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
      <input type="hidden" name="departmentId" value={department.id} />
      <Field id={`department-keywords-${department.id}`} label={labels.keywords} hint={labels.hint} errors={state.fieldErrors?.keywords}>
        {(p) => <textarea {...p} name="keywords" rows={4} maxLength={2000} defaultValue={typed ?? department.keywords.join(labels.separator)} className={inputClass} />}
      </Field>
    </FoldedForm>
  );
}
