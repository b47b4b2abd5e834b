"use client";

import { useActionState, useState } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface OwnersFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitmentId: number;
  version: number;
  current: { leadDepartmentId: number | null; supportingDepartmentIds: number[]; responsibleUserId: number | null };
  departments: { id: number; name: string }[];
  officials: { id: number; displayName: string; departmentId: number | null }[];
  labels: { title: string; lead: string; supporting: string; responsible: string; save: string; none: string };
}

/** The admin's form for one commitment's owners; it carries the version it read. */
export function OwnersForm({ action, commitmentId, version, current, departments, officials, labels }: OwnersFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // The responsible official must belong to the lead department (the server checks it too), so
  // that department's officials are offered — a few names, not every official of the province.
  // The current one stays on the list whatever their department: saving other changes must not
  // drop them silently (if they no longer fit the lead, the server says so).
  const storedLead = current.leadDepartmentId == null ? "" : String(current.leadDepartmentId);
  const [lead, setLead] = useState(storedLead);
  // A new version (this admin's save or another's) starts the choice from what is stored now;
  // the form state (the "saved" message) lives on, so the component is not remounted for it.
  const [versionSeen, setVersionSeen] = useState(version);
  if (versionSeen !== version) {
    setVersionSeen(version);
    setLead(storedLead);
  }
  const candidates = lead === "" ? officials : officials.filter((o) => String(o.departmentId) === lead || o.id === current.responsibleUserId);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-label={labels.title} className="space-y-2" key={version}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <Field id="leadDepartmentId" label={labels.lead} errors={e.leadDepartmentId}>
        {(p) => (
          <select {...p} name="leadDepartmentId" value={lead} onChange={(event) => setLead(event.target.value)} className={inputClass}>
            <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name }))} empty={labels.none} />
          </select>
        )}
      </Field>
      <Field id="supportingDepartmentIds" label={labels.supporting} errors={e.supportingDepartmentIds}>
        {(p) => (
          <select {...p} name="supportingDepartmentIds" multiple defaultValue={current.supportingDepartmentIds.map(String)} className={`${inputClass} h-28`}>
            <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name }))} />
          </select>
        )}
      </Field>
      <Field id="responsibleUserId" label={labels.responsible} errors={e.responsibleUserId}>
        {(p) => (
          <select
            {...p}
            // A new lead department starts the choice again.
            key={lead}
            name="responsibleUserId"
            defaultValue={current.responsibleUserId ?? ""}
            className={inputClass}
          >
            <SelectOptions items={candidates.map((o) => ({ id: o.id, label: o.displayName }))} empty={labels.none} />
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {labels.save}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
