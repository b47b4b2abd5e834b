"use client";

import { useActionState } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** Owners for the ticked rows of the list (the checkboxes belong to this form by its id). */
export function BulkOwnersForm({
  id,
  action,
  departments,
  officials,
  labels,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  departments: { id: number; name: string }[];
  officials: { id: number; displayName: string; departmentId: number | null }[];
  labels: { title: string; hint: string; lead: string; supporting: string; responsible: string; apply: string; unchanged: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  // Officials of every department are offered: the department tells same-named people apart and
  // says whom the server will accept (the lead's officials).
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const officialLabel = (o: { displayName: string; departmentId: number | null }) => {
    const name = o.departmentId == null ? undefined : departmentName.get(o.departmentId);
    return name ? `${o.displayName}（${name}）` : o.displayName;
  };
  return (
    <details className="mb-4 rounded-xl border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">{labels.title}</summary>
      <p className="mt-2 text-slate-600">{labels.hint}</p>
      <form id={id} action={formAction} aria-label={labels.title} className="mt-3 grid items-start gap-3 md:grid-cols-4">
        <Field id="bulk-lead" label={labels.lead} errors={e.leadDepartmentId ?? e.commitmentIds}>
          {(p) => (
            <select {...p} name="leadDepartmentId" className={inputClass} defaultValue="">
              <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name }))} empty={labels.unchanged} />
            </select>
          )}
        </Field>
        <Field id="bulk-supporting" label={labels.supporting} errors={e.addSupportingDepartmentIds}>
          {(p) => (
            <select {...p} name="addSupportingDepartmentIds" multiple className={`${inputClass} h-24`}>
              <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name }))} />
            </select>
          )}
        </Field>
        <Field id="bulk-responsible" label={labels.responsible} errors={e.responsibleUserId}>
          {(p) => (
            <select {...p} name="responsibleUserId" className={inputClass} defaultValue="">
              <SelectOptions items={officials.map((o) => ({ id: o.id, label: officialLabel(o) }))} empty={labels.unchanged} />
            </select>
          )}
        </Field>
        <div className="pt-6">
          <SubmitButton pending={pending}>{labels.apply}</SubmitButton>
        </div>
        <div className="md:col-span-4">
          <FormMessage state={state} />
        </div>
      </form>
    </details>
  );
}
