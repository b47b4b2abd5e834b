"use client";

import { useActionState } from "react";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { Field, inputClass } from "@/components/ui/field";
import { FoldForm } from "@/components/ui/folded-form";
import { LazyFold } from "@/components/ui/lazy-fold";
import { SelectOptions } from "@/components/ui/select-options";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { DATA_LANG } from "@/lib/reports/report-lang";

/**
 * 合并到… in an active department's row: rendered once opened (a second step before something
 * that moves a department's whole work), with what a merge does said above the choice. The
 * departments to choose from are the page's one list, not a select of them in every row.
 */
export function MergeDepartmentForm({
  action,
  department,
  targets,
  fold,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; active: boolean };
  /** The active departments (itself left out here). */
  targets: { id: number; name: string }[];
  fold: { href: string; open: boolean };
  labels: { open: string; title: string; into: string; hint: string; choose: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Merged, the department is deactivated and takes no merge: the answer is said where the form was.
  if (!department.active) return <AnswerInPlace state={state} className="mt-1 w-72 p-2" />;
  const typed = state.status === "error" ? state.values?.intoId : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <LazyFold label={labels.open} {...fold}>
      <FoldForm title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
        <input type="hidden" name="departmentId" value={department.id} />
        <Field id={mergeFieldId(department.id)} label={labels.into} hint={labels.hint} errors={e.intoId}>
          {(p) => (
            <select {...p} name="intoId" required defaultValue={typed ?? ""} className={inputClass}>
              <SelectOptions items={targets.filter((d) => d.id !== department.id).map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG }))} empty={labels.choose} />
            </select>
          )}
        </Field>
      </FoldForm>
    </LazyFold>
  );
}

export const mergeFieldId = (id: number) => `merge-department-${id}`;
