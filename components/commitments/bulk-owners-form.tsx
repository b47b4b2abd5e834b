"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { OfficialsNote } from "./officials-note";
import { useDepartmentOfficials, type OfficialChoices } from "./use-department-officials";

/** Nothing picked yet: no lead, so no officials to offer. */
const NO_LEAD: OfficialChoices = { lead: "", status: "ready", officials: [] };

/** Owners for the ticked rows of the list (the checkboxes belong to this form by its id). */
export function BulkOwnersForm({
  id,
  action,
  departments,
  labels,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  departments: { id: number; name: string }[];
  labels: {
    title: string;
    hint: string;
    lead: string;
    supporting: string;
    removeSupporting: string;
    responsible: string;
    apply: string;
    unchanged: string;
    loadingOfficials: string;
    officialsFailed: string;
    retry: string;
    pickLeadFirst: string;
  };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  // No row ticked is said first, beside the lead (the checkboxes have no field of their own), and
  // with what else is missing: "tick the commitments" before "set at least one owner", not only
  // the latter, which never said that nothing was ticked. One array per answer (errors are taken
  // down once edited, by identity).
  const leadErrors = useMemo(
    () => (e.commitmentIds || e.leadDepartmentId ? [...(e.commitmentIds ?? []), ...(e.leadDepartmentId ?? [])] : undefined),
    [e.commitmentIds, e.leadDepartmentId],
  );
  const options = departments.map((d) => ({ id: d.id, label: d.name }));
  // The responsible official belongs to the lead department, so the officials offered are the
  // picked lead's, fetched when it is picked (to keep a commitment's lead and name its official,
  // pick the lead it already has) — not every official of the province carried in the list page.
  // Said on the form (data-hydrated): a lead picked before the script runs fetches no officials.
  const hydrated = useHydrated();
  const { choices, chooseLead, reset } = useDepartmentOfficials(NO_LEAD);
  // After a success the whole form starts again (the fields and the ticked rows, which belong to
  // this form by its id; the lead is controlled, so its choices are reset too); after a refusal
  // everything picked stays (submitKeepingFields).
  const form = useRef<HTMLFormElement>(null);
  const [answerSeen, setAnswerSeen] = useState(state.submittedAt);
  if (answerSeen !== state.submittedAt) {
    setAnswerSeen(state.submittedAt);
    if (state.status === "success") reset();
  }
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <details className="mb-4 rounded-xl border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">{labels.title}</summary>
      <p className="mt-2 text-slate-600">{labels.hint}</p>
      <form ref={form} id={id} action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} data-hydrated={hydrated} className="mt-3 grid items-start gap-3 md:grid-cols-4">
        <Field id="bulk-lead" label={labels.lead} errors={leadErrors}>
          {(p) => (
            <select {...p} name="leadDepartmentId" className={inputClass} value={choices.lead} onChange={(event) => chooseLead(event.target.value)}>
              <SelectOptions items={options} empty={labels.unchanged} />
            </select>
          )}
        </Field>
        <DepartmentsField id="bulk-supporting" name="addSupportingDepartmentIds" label={labels.supporting} errors={e.addSupportingDepartmentIds} options={options} />
        <DepartmentsField id="bulk-remove-supporting" name="removeSupportingDepartmentIds" label={labels.removeSupporting} errors={e.removeSupportingDepartmentIds} options={options} />
        <Field id="bulk-responsible" label={labels.responsible} errors={e.responsibleUserId}>
          {(p) => (
            <>
              <select
                {...p}
                // A new lead department starts the choice again.
                key={choices.lead}
                name="responsibleUserId"
                className={inputClass}
                defaultValue=""
                disabled={choices.status === "loading"}
                aria-describedby={`${p["aria-describedby"]} bulk-responsible-note`}
              >
                <SelectOptions items={choices.officials.map((o) => ({ id: o.id, label: o.displayName }))} empty={labels.unchanged} />
              </select>
              <OfficialsNote id="bulk-responsible-note" choices={choices} retry={() => chooseLead(choices.lead)} labels={labels} />
            </>
          )}
        </Field>
        <div className="md:col-span-4">
          <SubmitButton pending={pending} disabled={choices.status === "loading"}>{labels.apply}</SubmitButton>
        </div>
        <div className="md:col-span-4">
          <FormMessage state={state} />
        </div>
      </form>
    </details>
  );
}

/** Supporting departments to add or to take off: a multiple choice of the departments. */
function DepartmentsField({ id, name, label, errors, options }: { id: string; name: string; label: string; errors?: string[]; options: { id: number; label: string }[] }) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(p) => (
        <select {...p} name={name} multiple className={`${inputClass} h-24`}>
          <SelectOptions items={options} />
        </select>
      )}
    </Field>
  );
}
