"use client";

import { useActionState } from "react";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { Field, inputClass } from "@/components/ui/field";
import { FoldedForm } from "@/components/ui/folded-form";
import { SelectOptions } from "@/components/ui/select-options";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { DATA_LANG } from "@/lib/reports/report-lang";

/**
 * 合并到… in an active department's row: folded away until opened (a second step before something that
 * moves a department's whole work), with what a merge does said above the choice.
 */
export function MergeDepartmentForm({
  action,
  department,
  targets,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  department: { id: number; active: boolean };
  /** The active departments it may be merged into (itself left out). */
  targets: { id: number; name: string }[];
  labels: { open: string; title: string; into: string; hint: string; choose: string; submit: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Merged, the department is deactivated and takes no merge: the answer is said where the form was.
  if (!department.active) return <AnswerInPlace state={state} className="mt-1 w-72 p-2" />;
  const typed = state.status === "error" ? state.values?.intoId : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <FoldedForm open={labels.open} title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
      <input type="hidden" name="departmentId" value={department.id} />
      <Field id={`merge-department-${department.id}`} label={labels.into} hint={labels.hint} errors={e.intoId}>
        {(p) => (
          <select {...p} name="intoId" required defaultValue={typed ?? ""} className={inputClass}>
            <SelectOptions items={targets.map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG }))} empty={labels.choose} />
          </select>
        )}
      </Field>
    </FoldedForm>
  );
}
