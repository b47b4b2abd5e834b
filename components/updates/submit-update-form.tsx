"use client";

import { useActionState, useState, type FormEvent } from "react";
import { CautionedFigureField } from "@/components/ui/cautioned-figure-field";
import { Field, fileInputClass, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { asOfRangeHint, type SubmitUpdateLabels } from "@/lib/updates/labels";
import { evidenceFilesProblem } from "@/lib/evidence/evidence-files-problem";
import type { TargetFields } from "@/lib/commitments/format-target";
import { fillMessage } from "@/lib/i18n/fill-message";
import { implausibleTimes } from "@/lib/progress/times-target";
import { isShare, lowestReading } from "@/lib/updates/negative-reading";
import { lowestHint } from "@/lib/updates/reading-hints";
import { useSuccessKey } from "@/components/ui/use-success-key";
import { withColon } from "@/lib/i18n/label-punctuation";
import { EVIDENCE_ACCEPT } from "@/lib/evidence/detect-file-type";

// What the server accepts by content (detect-file-type.ts), no more: "image/*" let a phone's HEIC
// or a BMP be picked only to be refused.

export interface SubmitUpdateFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  commitment: TargetFields & { id: number; kind: "NUMERIC" | "MILESTONE"; indicator: string; version?: number };
  labels: SubmitUpdateLabels;
  /** Answering a returned update: its values prefill the form, its files may be kept. */
  resubmit?: {
    updateId: number;
    values: { asOf: string; actualValue: string; done: string; narrative: string };
    evidence?: { id: number; fileName: string }[];
    reviewNote?: string | null;
  };
  /** Latest day the date picker offers (China time); the server checks it again. */
  today?: string;
  /** Earliest day it offers: 1 January of the report's year (the server refuses earlier days). */
  earliest?: string;
  /** Said above the fields when updates of this commitment already wait for review. */
  waitingNote?: string;
  /** The approved total a reading should not fall below (approvedTotal): a smaller figure is questioned. */
  approvedTotal?: { value: number; text: string; asOf: string };
}


/** An official's progress report: as-of date, value or done, narrative, evidence files. */
export function SubmitUpdateForm({ action, commitment, labels, resubmit, today, earliest, waitingNote, approvedTotal }: SubmitUpdateFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Sent before hydration, the form would post without keeping its fields (and hydration may put
  // a textarea typed into back to its prefilled text): the button waits for the script.
  const hydrated = useHydrated();
  const v: Record<string, string> = state.status === "error" ? (state.values ?? {}) : (resubmit?.values ?? {});
  const e = state.fieldErrors ?? {};
  // After a success a new key empties the form (and drops the resubmission it answered).
  const formKey = useSuccessKey(state);
  // The day typed, for the caution on the figure: a smaller total is questioned only for a day on
  // or after the approved one (an earlier day's figure may well be smaller). A new form (after a
  // success) starts from its own default day.
  const [typedAsOf, setTypedAsOf] = useState<{ form: number | string; day: string } | null>(null);
  const asOf = typedAsOf?.form === formKey ? typedAsOf.day : (v.asOf ?? today ?? "");
  // The returned update this form answers, until the answer is sent.
  const answering = state.status === "success" ? undefined : resubmit;
  const title = answering ? labels.resubmitTitle : labels.title;
  const keep = answering?.evidence ?? [];
  // Files past the limits are refused before anything is sent (see evidenceFilesProblem).
  // Kept as said (one array per attempt: the field takes it down once edited, by identity).
  const [fileProblem, setFileProblem] = useState<string[] | null>(null);
  const send = submitKeepingFields(formAction);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const input = form.elements.namedItem("evidence") as HTMLInputElement | null;
    const kept = form.querySelectorAll('input[name="keepEvidenceIds"]:checked').length;
    const problem = evidenceFilesProblem(Array.from(input?.files ?? []), kept);
    setFileProblem(problem && [fillMessage(labels.evidenceProblems[problem.key], problem.key === "workflow.evidence.tooLarge" ? { name: problem.name } : {})]);
    if (!problem) return send(event);
    event.preventDefault();
    // Told like the browser's own checks: the answer to the last attempt is stale now.
    input?.dispatchEvent(new Event("invalid"));
    input?.focus();
  };
  return (
    // A refusal keeps everything, the chosen evidence files too (a browser cannot refill a file
    // input): submitKeepingFields. noValidate, as the change request form: the schema names every
    // mistake at once, beside its field and in the page's language, where the browser's checks
    // stop at the first in its own; `required` stays for assistive technology, min/max for the picker.
    <form key={formKey} id="submit-update" action={formAction} onSubmit={onSubmit} noValidate aria-label={title} data-testid="submit-update-form" className="grid gap-3">
      <h2 className="font-medium">{title}</h2>
      {waitingNote && <p className="rounded-md bg-slate-50 p-2 text-sm text-slate-700" data-testid="waiting-note">{waitingNote}</p>}
      {answering?.reviewNote && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {withColon(labels.reviewNote)}{answering.reviewNote}
        </p>
      )}
      <input type="hidden" name="commitmentId" value={commitment.id} />
      <input type="hidden" name="expects" value={commitment.kind} />
      {/* Hints, like `expects`, so the day and the figure's sign are refused with the other fields' mistakes; the server checks again. */}
      {earliest && <input type="hidden" name="reportYear" value={earliest.slice(0, 4)} />}
      <input type="hidden" name="lowest" value={lowestHint(lowestReading(commitment))} />
      {isShare(commitment) && <input type="hidden" name="share" value="1" />}
      {/* The unit, so a figure typed with words after it ("462个", "386亿") is refused naming it. */}
      {commitment.unit && <input type="hidden" name="unit" value={commitment.unit} />}
      {answering && <input type="hidden" name="resubmitsId" value={answering.updateId} />}
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="update-asOf" label={labels.asOf} hint={asOfRangeHint(labels, earliest, today)} errors={e.asOf}>
          {(p) => <input {...p} name="asOf" type="date" required min={earliest} max={today} defaultValue={v.asOf ?? today} onChange={(event) => setTypedAsOf({ form: formKey, day: event.target.value })} className={inputClass} />}
        </Field>
        {commitment.kind === "NUMERIC" ? (
          <CautionedFigureField
            id="update-actualValue"
            name="actualValue"
            label={labels.actual}
            hint={labels.actualHint}
            errors={e.actualValue}
            value={v.actualValue}
            // Far beyond the target: a digit too many, 亩 for 万亩? Below the approved total, for a
            // day on or after it: a slip, or this month's figure alone?
            caution={(figure) => {
              const times = implausibleTimes(commitment, figure);
              if (times !== null) return fillMessage(labels.implausible, { times });
              const falls = approvedTotal && figure < approvedTotal.value && (asOf === "" || asOf >= approvedTotal.asOf);
              return falls ? fillMessage(labels.falling, { value: approvedTotal.text, date: approvedTotal.asOf }) : null;
            }}
          />
        ) : (
          <DoneField labels={labels} value={v.done} errors={e.done} />
        )}
      </div>
      <Field id="update-narrative" label={labels.narrativeWithHint} errors={e.narrative}>
        {(p) => <textarea {...p} name="narrative" required maxLength={5000} rows={5} defaultValue={v.narrative} className={inputClass} />}
      </Field>
      {keep.length > 0 && (
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-700">{labels.keepEvidence}</legend>
          {keep.map((f) => (
            <label key={f.id} className="mr-4 inline-flex items-center gap-1">
              <input type="checkbox" name="keepEvidenceIds" value={f.id} defaultChecked />
              {f.fileName}
            </label>
          ))}
        </fieldset>
      )}
      <Field id="update-evidence" label={labels.evidence} hint={labels.evidenceHint} errors={fileProblem ?? e.evidence}>
        {(p) => <input {...p} name="evidence" type="file" multiple accept={EVIDENCE_ACCEPT} className={fileInputClass} />}
      </Field>
      <div>
        <SubmitButton pending={pending} disabled={!hydrated}>{pending ? labels.submitting : labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

function DoneField({ labels, value, errors }: { labels: SubmitUpdateLabels; value?: string; errors?: string[] }) {
  return (
    <fieldset aria-describedby="update-done-error" aria-invalid={Boolean(errors?.length)}>
      <legend className="block text-sm font-medium text-slate-700">{labels.done}</legend>
      <div className="mt-2 flex gap-4 text-sm">
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="done" value="true" defaultChecked={value === "true"} required />
          {labels.doneYes}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="done" value="false" defaultChecked={value === "false"} />
          {labels.doneNo}
        </label>
      </div>
      <p id="update-done-error" aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
        {errors?.join(" ")}
      </p>
    </fieldset>
  );
}
