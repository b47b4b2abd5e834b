"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { useActionState, useState } from "react";
import { CheckList, type CheckListLabels } from "@/components/ui/check-list";
import { SelectOptions } from "@/components/ui/select-options";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { OfficialsNote } from "./officials-note";
import { chosenLead, maySupport, supporterChoices } from "@/lib/commitments/supporter-choices";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { useDepartmentOfficials, type OfficialChoices, type OfficialOption as Official } from "./use-department-officials";

export interface OwnersFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitmentId: number;
  version: number;
  current: { leadDepartmentId: number | null; supportingDepartmentIds: number[]; responsibleUserId: number | null };
  departments: { id: number; name: string; lang?: string }[];
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
    departmentChoice: CheckListLabels;
  };
}

/** The admin's form for one commitment's owners; it carries the version it read. */
export function OwnersForm({ action, commitmentId, version, current, departments, officials, responsible, labels }: OwnersFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // The stored lead department's officials come with the page; another's are fetched when picked.
  // The current responsible official stays on the list whatever their department: saving other
  // changes must not drop them silently (if they no longer fit the lead, the server says so).
  const stored: OfficialChoices = { lead: current.leadDepartmentId == null ? "" : String(current.leadDepartmentId), status: "ready", officials };
  // Said on the form (data-hydrated): a lead picked before the script runs fetches no officials.
  const hydrated = useHydrated();
  const { choices, chooseLead, reset } = useDepartmentOfficials(stored);
  const [supporting, setSupporting] = useState(current.supportingDepartmentIds);
  // A new version (this admin's save or another's) starts the choice from what is stored now;
  // the form state (the "saved" message) lives on, so the component is not remounted for it.
  const [versionSeen, setVersionSeen] = useState(version);
  if (versionSeen !== version) {
    setVersionSeen(version);
    reset();
    setSupporting(current.supportingDepartmentIds);
  }
  const lead = choices.lead;
  // Kept on the list, and chosen, while the stored lead stands; a new lead department's choice
  // starts from its own officials (the current one chosen only if among them), as the import
  // review and the bulk form clear an official who no longer fits — else saving a new lead was
  // refused for the official left selected.
  const leadKept = lead === stored.lead;
  const candidates = [...(responsible && leadKept && !choices.officials.some((o) => o.id === responsible.id) ? [responsible] : []), ...choices.officials];
  const chosen = current.responsibleUserId !== null && candidates.some((o) => o.id === current.responsibleUserId) ? current.responsibleUserId : "";
  const e = state.fieldErrors ?? {};
  // A supporter made the lead stops supporting, and is not offered as one while it leads (the
  // server refuses a lead that also supports: maySupport is its rule).
  const pickLead = (id: string) => {
    chooseLead(id);
    setSupporting((ids) => ids.filter((s) => maySupport(s, chosenLead(id))));
  };
  return (
    // A new version (a save) remounts the form; a refusal keeps every pick (submitKeepingFields).
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} data-hydrated={hydrated} className="space-y-2" key={version}>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <Field id="leadDepartmentId" label={labels.lead} errors={e.leadDepartmentId}>
        {(p) => (
          <select {...p} name="leadDepartmentId" value={lead} onChange={(event) => pickLead(event.target.value)} className={inputClass}>
            <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name, lang: d.lang }))} empty={labels.none} />
          </select>
        )}
      </Field>
      <CheckList
        id="supportingDepartmentIds"
        name="supportingDepartmentIds"
        legend={labels.supporting}
        items={supporterChoices(departments, chosenLead(lead)).map((d) => ({ id: d.id, label: d.name, lang: d.lang }))}
        value={supporting}
        onChange={setSupporting}
        errors={e.supportingDepartmentIds}
        labels={labels.departmentChoice}
      />
      <Field id="responsibleUserId" label={labels.responsible} errors={e.responsibleUserId}>
        {(p) => (
          <select
            {...p}
            // A new lead department starts the choice again.
            key={lead}
            name="responsibleUserId"
            defaultValue={chosen}
            disabled={choices.status === "loading"}
            aria-describedby={`${p["aria-describedby"]} responsibleUserId-note`}
            className={inputClass}
          >
            <SelectOptions items={candidates.map((o) => ({ id: o.id, label: o.displayName, lang: DATA_LANG }))} empty={labels.none} />
          </select>
        )}
      </Field>
      <OfficialsNote id="responsibleUserId-note" choices={choices} retry={() => chooseLead(lead)} labels={labels} />
      <SubmitButton pending={pending} disabled={choices.status === "loading"}>{labels.save}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
