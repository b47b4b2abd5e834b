"use client";

import { useActionState, useState } from "react";
import { CautionedFigureField } from "@/components/ui/cautioned-figure-field";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { fillMessage } from "@/lib/i18n/fill-message";
import type { ChangeRequestFormLabels } from "@/lib/change-requests/labels";
import { adjustmentScale, scaleCaution } from "@/lib/change-requests/adjustment-scale";
import type { StatusLightInput } from "@/lib/progress/status-light";
import { useSuccessKey } from "@/components/ui/use-success-key";

type Kind = "EXTEND_DEADLINE" | "ADJUST_TARGET";

/** An official asks for 延期 (new deadline) or 调整 (new target); a milestone can only be extended. */
export function ChangeRequestForm({
  action,
  commitment,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** `earliestDeadline` / `latestDeadline`: the days an extension may ask for (the server checks them again). */
  commitment: {
    id: number;
    kind: "NUMERIC" | "MILESTONE";
    comparator: StatusLightInput["comparator"];
    unit: string | null;
    /** The target as it is now, against which a new one typed far from it is questioned. */
    targetValue: string | null;
    targetMin: string | null;
    targetMax: string | null;
    deadline: string;
    earliestDeadline: string;
    latestDeadline: string;
    /** isShare: a share of a whole, whose new target stays within 0–100%. */
    share: boolean;
  };
  labels: ChangeRequestFormLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const kinds: Kind[] = commitment.kind === "MILESTONE" ? ["EXTEND_DEADLINE"] : ["EXTEND_DEADLINE", "ADJUST_TARGET"];
  const formKey = useSuccessKey(state);
  // The pick belongs to this form: a success (a new key) starts again from 延期. A refusal keeps
  // it and the DOM select alike (submitKeepingFields), so the fields shown match the kind sent.
  const [picked, setPicked] = useState<{ form: typeof formKey; kind: Kind } | null>(null);
  const kind: Kind = picked && picked.form === formKey ? picked.kind : v.kind === "ADJUST_TARGET" && kinds.includes("ADJUST_TARGET") ? "ADJUST_TARGET" : "EXTEND_DEADLINE";
  const unit = labels.unitSuffix;
  return (
    // noValidate: the schema names every mistake at once, beside its field and in the page's
    // language; the browser's own checks (`required`, the date's min/max) would stop the submit
    // at the first one, in the browser's language. `required` stays for assistive technology,
    // min/max for the date picker's offer.
    <form key={formKey} action={formAction} onSubmit={submitKeepingFields(formAction)} noValidate aria-label={labels.title} data-testid="change-request-form" className="grid gap-3">
      <h2 className="font-medium">{labels.title}</h2>
      <input type="hidden" name="commitmentId" value={commitment.id} />
      {/* Hints: the commitment as drawn, so a proposal that does not fit it (an earlier deadline, a
          quantity below zero) is refused with the other fields' mistakes; the server checks again. */}
      <input type="hidden" name="expects" value={commitment.kind} />
      <input type="hidden" name="currentDeadline" value={commitment.deadline} />
      {commitment.comparator && <input type="hidden" name="currentComparator" value={commitment.comparator} />}
      {commitment.targetValue !== null && <input type="hidden" name="currentValue" value={commitment.targetValue} />}
      {commitment.targetMin !== null && <input type="hidden" name="currentMin" value={commitment.targetMin} />}
      {commitment.targetMax !== null && <input type="hidden" name="currentMax" value={commitment.targetMax} />}
      {commitment.unit && <input type="hidden" name="currentUnit" value={commitment.unit} />}
      {commitment.share && <input type="hidden" name="currentShare" value="1" />}
      {/* As many fields a row as fit at their least width: in the page's side column, "Extend the
          deadline" was cut to "Extend the de" in a third of it. */}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] gap-3">
        <Field id="change-kind" label={labels.kind} errors={e.kind}>
          {(p) => (
            <select {...p} name="kind" value={kind} onChange={(event) => setPicked({ form: formKey, kind: event.target.value as Kind })} className={inputClass}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {labels.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {kind === "EXTEND_DEADLINE" ? (
          <Field
            id="change-proposedDeadline"
            label={labels.proposedDeadline}
            // The picker's min and max, said: a day outside them is otherwise learnt of only once refused.
            hint={fillMessage(labels.deadlineRange, { from: commitment.earliestDeadline, to: commitment.latestDeadline })}
            errors={e.proposedDeadline}
          >
            {(p) => <input {...p} name="proposedDeadline" type="date" required min={commitment.earliestDeadline} max={commitment.latestDeadline} defaultValue={v.proposedDeadline} className={inputClass} />}
          </Field>
        ) : commitment.comparator === "RANGE" ? (
          <>
            <Field id="change-proposedMin" label={`${labels.proposedMin}${unit}`} hint={labels.fallHint} errors={e.proposedMin}>
              {(p) => <input {...p} name="proposedMin" inputMode="decimal" required defaultValue={v.proposedMin} className={inputClass} />}
            </Field>
            <Field id="change-proposedMax" label={`${labels.proposedMax}${unit}`} errors={e.proposedMax}>
              {(p) => <input {...p} name="proposedMax" inputMode="decimal" required defaultValue={v.proposedMax} className={inputClass} />}
            </Field>
          </>
        ) : (
          <CautionedFigureField
            id="change-proposedValue"
            name="proposedValue"
            label={`${labels.proposedValue}${unit}`}
            hint={labels.fallHint}
            errors={e.proposedValue}
            value={v.proposedValue}
            // Ten times the current target or more, either way (50万头 typed as 50000); the reviewer is told as well.
            caution={(figure) => scaleCaution(adjustmentScale(commitment, { proposedValue: figure, proposedMin: null, proposedMax: null }), labels)}
          />
        )}
      </div>
      <Field id="change-reason" label={labels.reason} errors={e.reason}>
        {(p) => <textarea {...p} name="reason" rows={3} required maxLength={2000} defaultValue={v.reason} className={inputClass} />}
      </Field>
      <div>
        <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
