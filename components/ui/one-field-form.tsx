"use client";

import { useActionState, type ReactNode } from "react";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, isSettled, type FormState } from "@/lib/actions/form-state";

/**
 * A form of one required text (a note, an answer) and its button, for a decision on one record.
 * Mounted as long as its record is shown: once the decision has taken the form away (`offered`
 * false: the record is answered, sent, taken back), its answer is said where the form was, with
 * the focus, rather than lost with the form.
 */
export function OneFieldForm({
  action,
  hidden,
  field,
  submit,
  offered,
  testId,
  title,
  hint,
  wrap,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The record decided on, e.g. { reminderId: 7 }. */
  hidden: Record<string, string | number>;
  field: { name: string; id: string; label: string };
  submit: string;
  offered: boolean;
  testId: string;
  /** Names the form (its heading is the caller's, when it has one). */
  title: string;
  hint?: string;
  /** Puts the offered form in a frame (a fold): the answer is said outside it, the state kept here. */
  wrap?: (form: ReactNode) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  if (!offered) return <AnswerInPlace state={state} className="mt-2 p-2" />;
  const typed = state.status === "error" ? state.values?.[field.name] : undefined;
  // Offered again (answered, then a new reminder sent): the old success is not this form's answer.
  const shown = state.status === "success" ? initialFormState : state;
  const form = (
    <form noValidate action={formAction} aria-label={title} data-testid={testId} className="mt-2 grid gap-2">
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {/* Changed meanwhile (answered, taken back or sent in another tab): only the answer is left. */}
      {!isSettled(shown) && (
        <>
          <Field id={field.id} label={field.label} errors={state.fieldErrors?.[field.name]}>
            {(p) => <textarea {...p} name={field.name} rows={2} required maxLength={2000} defaultValue={typed} className={inputClass} />}
          </Field>
          <div>
            <SubmitButton pending={pending} className={secondaryButtonClass}>
              {submit}
            </SubmitButton>
          </div>
        </>
      )}
      <FormMessage state={shown} />
    </form>
  );
  return wrap ? wrap(form) : form;
}
