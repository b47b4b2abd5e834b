"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FoldForm } from "@/components/ui/folded-form";
import { LazyFold } from "@/components/ui/lazy-fold";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/**
 * 关键词 in a department's row: the words an import recognises it by, one list to edit, rendered
 * once opened; keeps what was typed on an error.
 */
export function DepartmentKeywordsForm({
  action,
  department,
  fold,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; keywords: string[] };
  fold: { href: string; open: boolean };
  labels: { open: string; title: string; keywords: string; hint: string; submit: string; separator: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values?.keywords : undefined;
  return (
    <LazyFold label={labels.open} {...fold}>
      <FoldForm title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
        <input type="hidden" name="departmentId" value={department.id} />
        <Field id={keywordsFieldId(department.id)} label={labels.keywords} hint={labels.hint} errors={state.fieldErrors?.keywords}>
          {(p) => <textarea {...p} name="keywords" rows={4} maxLength={2000} defaultValue={typed ?? department.keywords.join(labels.separator)} className={inputClass} />}
        </Field>
      </FoldForm>
    </LazyFold>
  );
}

export const keywordsFieldId = (id: number) => `department-keywords-${id}`;
