"use client";

import { useActionState, useRef, useState } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

interface Official {
  id: number;
  displayName: string;
}

export interface OwnersFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitmentId: number;
  version: number;
  current: { leadDepartmentId: number | null; supportingDepartmentIds: number[]; responsibleUserId: number | null };
  departments: { id: number; name: string }[];
  /** The officials of the stored lead department; another department's are asked for when picked. */
  officials: Official[];
  /** The responsible official now, offered whatever the lead department. */
  responsible: Official | null;
  labels: {
    title: string;
    lead: string;
    supporting: string;
    responsible: string;
    save: string;
    none: string;
    loadingOfficials: string;
    officialsFailed: string;
    retry: string;
    pickLeadFirst: string;
  };
}

type Choices = { lead: string; status: "ready" | "loading" | "failed"; officials: Official[] };

/** The admin's form for one commitment's owners; it carries the version it read. */
export function OwnersForm({ action, commitmentId, version, current, departments, officials, responsible, labels }: OwnersFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // The responsible official must belong to the lead department (the server checks it too), so
  // that department's officials are offered — a few names, fetched when another department is
  // picked, not every official of the province carried in the page.
  // The current one stays on the list whatever their department: saving other changes must not
  // drop them silently (if they no longer fit the lead, the server says so).
  const storedLead = current.leadDepartmentId == null ? "" : String(current.leadDepartmentId);
  const stored: Choices = { lead: storedLead, status: "ready", officials };
  const [choices, setChoices] = useState<Choices>(stored);
  // A new version (this admin's save or another's) starts the choice from what is stored now;
  // the form state (the "saved" message) lives on, so the component is not remounted for it.
  const [versionSeen, setVersionSeen] = useState(version);
  if (versionSeen !== version) {
    setVersionSeen(version);
    setChoices(stored);
  }
  const lead = choices.lead;
  // Each pick asks again; only the latest question's answer is kept (A → B → A: the first A's
  // late answer must not overwrite the second's).
  const latestRequest = useRef(0);

  function chooseLead(next: string) {
    const request = ++latestRequest.current;
    if (next === storedLead) return setChoices(stored);
    if (next === "") return setChoices({ lead: next, status: "ready", officials: [] });
    setChoices({ lead: next, status: "loading", officials: [] });
    // Kept only while this is still the question being waited for: not after a newer pick, nor
    // after a save reset the choices to what is stored.
    const settle = (update: Omit<Choices, "lead">) => {
      if (request !== latestRequest.current) return;
      setChoices((now) => (now.lead === next && now.status === "loading" ? { lead: next, ...update } : now));
    };
    fetch(`/api/departments/${encodeURIComponent(next)}/officials`, { headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { officials: Official[] };
        settle({ status: "ready", officials: body.officials });
      })
      .catch(() => settle({ status: "failed", officials: [] }));
  }

  const candidates = [...(responsible && !choices.officials.some((o) => o.id === responsible.id) ? [responsible] : []), ...choices.officials];
  const note = choices.status === "loading" ? labels.loadingOfficials : choices.status === "failed" ? labels.officialsFailed : lead === "" ? labels.pickLeadFirst : "";
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-label={labels.title} className="space-y-2" key={version}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <Field id="leadDepartmentId" label={labels.lead} errors={e.leadDepartmentId}>
        {(p) => (
          <select {...p} name="leadDepartmentId" value={lead} onChange={(event) => chooseLead(event.target.value)} className={inputClass}>
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
            disabled={choices.status === "loading"}
            aria-describedby={`${p["aria-describedby"]} responsibleUserId-note`}
            className={inputClass}
          >
            <SelectOptions items={candidates.map((o) => ({ id: o.id, label: o.displayName }))} empty={labels.none} />
          </select>
        )}
      </Field>
      <p id="responsibleUserId-note" aria-live="polite" className={`text-sm ${choices.status === "failed" ? "text-red-700" : "text-slate-600"}`}>
        {note}
        {choices.status === "failed" && (
          <button type="button" onClick={() => chooseLead(lead)} className="ml-2 text-brand-700 underline">
            {labels.retry}
          </button>
        )}
      </p>
      <SubmitButton pending={pending} disabled={choices.status === "loading"}>{labels.save}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
