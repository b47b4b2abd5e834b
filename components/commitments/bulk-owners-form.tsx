"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { SelectOptions } from "@/components/ui/select-options";
import { CheckList, type CheckListLabels } from "@/components/ui/check-list";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { commonLead } from "@/lib/commitments/common-lead";
import { chosenLead, maySupport, supporterChoices } from "@/lib/commitments/supporter-choices";
import { CLEAR_RESPONSIBLE } from "@/lib/commitments/types";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { OfficialsNote } from "./officials-note";
import { SelectPageRows } from "./select-page-rows";
import { useDepartmentOfficials, type OfficialChoices } from "./use-department-officials";
import { useTickedRows } from "./use-ticked-rows";

/** Nothing picked yet: no lead, so no officials to offer. */
const NO_LEAD: OfficialChoices = { lead: "", status: "ready", officials: [] };

/**
 * Owners for the ticked rows of the list (the checkboxes belong to this form by its id; one more
 * ticks the whole page). `rows` are the page's rows with their leads: ticked rows that share a
 * lead have its officials offered without a lead being picked.
 */
export function BulkOwnersForm({
  id,
  action,
  departments,
  rows,
  labels,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  departments: { id: number; name: string }[];
  rows: { id: number; leadDepartmentId: number | null }[];
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
    commonLead: string;
    clearResponsible: string;
    selectPage: string;
    departmentChoice: CheckListLabels;
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
  const options = departments.map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG }));
  // The responsible official belongs to the lead department, so the officials offered are the
  // picked lead's, fetched when it is picked — or, with no lead picked, those of the lead every
  // ticked row already has — not every official of the province carried in the list page.
  // Said on the form (data-hydrated): a lead picked before the script runs fetches no officials.
  const hydrated = useHydrated();
  const [lead, setLead] = useState("");
  // The supporters to add, controlled: a department picked as the lead leaves them and is not
  // offered while it leads (maySupport, supporterChoices; the server refuses it by name).
  const [adding, setAdding] = useState<number[]>([]);
  const pickLead = (id: string) => {
    setLead(id);
    setAdding((ids) => ids.filter((d) => maySupport(d, chosenLead(id))));
  };
  const { ticked } = useTickedRows(id);
  const shared = commonLead(ticked, rows);
  const officialsOf = lead || (shared === null ? "" : String(shared));
  const { choices, chooseLead, reset } = useDepartmentOfficials(NO_LEAD);
  useEffect(() => {
    // Asked when what they are of changes (a lead picked, rows ticked): an answer, not a render, sets them.
    if (officialsOf !== choices.lead) chooseLead(officialsOf);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked again only when the department changes
  }, [officialsOf]);
  // Controlled, so that clearing (which needs no lead) survives a change of the officials offered;
  // an official not among the new ones is no longer chosen.
  const [responsible, setResponsible] = useState("");
  const chosen = responsible === CLEAR_RESPONSIBLE || choices.officials.some((o) => String(o.id) === responsible) ? responsible : "";
  // After a success the whole form starts again (the fields and the ticked rows, which belong to
  // this form by its id; the lead and the official are controlled, so they are reset too); after
  // a refusal everything picked stays (submitKeepingFields).
  const form = useRef<HTMLFormElement>(null);
  const [answerSeen, setAnswerSeen] = useState(state.submittedAt);
  // The list of supporters to remove keeps its own choice: a new round of it starts empty.
  const [round, setRound] = useState(0);
  if (answerSeen !== state.submittedAt) {
    setAnswerSeen(state.submittedAt);
    if (state.status === "success") {
      reset();
      setLead("");
      setAdding([]);
      setResponsible("");
      setRound(round + 1);
    }
  }
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <details className="mb-4 rounded-xl border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">{labels.title}</summary>
      <p className="mt-2 text-slate-600">{labels.hint}</p>
      <form ref={form} id={id} action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} data-hydrated={hydrated} className="mt-3 grid items-start gap-3 md:grid-cols-4">
        <div className="md:col-span-4">
          <SelectPageRows formId={id} label={labels.selectPage} />
        </div>
        <Field id="bulk-lead" label={labels.lead} errors={leadErrors}>
          {(p) => (
            <select {...p} name="leadDepartmentId" className={inputClass} value={lead} onChange={(event) => pickLead(event.target.value)}>
              <SelectOptions items={options} empty={labels.unchanged} />
            </select>
          )}
        </Field>
        {/* Added to what each commitment has, or taken off it: the others stay as they are. A
            department both added and taken off is refused by the schema, said beside the latter. */}
        <CheckList
          id="bulk-supporting"
          name="addSupportingDepartmentIds"
          legend={labels.supporting}
          items={supporterChoices(options, chosenLead(lead))}
          value={adding}
          onChange={setAdding}
          errors={e.addSupportingDepartmentIds}
          labels={labels.departmentChoice}
        />
        <CheckList key={`remove-${round}`} id="bulk-remove-supporting" name="removeSupportingDepartmentIds" legend={labels.removeSupporting} items={options} errors={e.removeSupportingDepartmentIds} labels={labels.departmentChoice} />
        <Field id="bulk-responsible" label={labels.responsible} errors={e.responsibleUserId}>
          {(p) => (
            <>
              <select
                {...p}
                name="responsibleUserId"
                className={inputClass}
                value={chosen}
                onChange={(event) => setResponsible(event.target.value)}
                disabled={choices.status === "loading"}
                aria-describedby={`${p["aria-describedby"]} bulk-responsible-note`}
              >
                <option value="">{labels.unchanged}</option>
                <option value={CLEAR_RESPONSIBLE}>{labels.clearResponsible}</option>
                <SelectOptions items={choices.officials.map((o) => ({ id: o.id, label: o.displayName, lang: DATA_LANG }))} />
              </select>
              <OfficialsNote
                id="bulk-responsible-note"
                choices={choices}
                retry={() => chooseLead(choices.lead)}
                labels={labels}
                readyNote={lead === "" && shared !== null ? labels.commonLead : undefined}
              />
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

