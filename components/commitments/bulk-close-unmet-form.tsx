"use client";

import { useActionState, useEffect, useRef } from "react";
import { AskFirstButton, AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SelectPageRows } from "./select-page-rows";

/**
 * The reviewer's year-end close-out of the ticked rows (the checkboxes belong to this form by its
 * id): one reason for all, asked first as a single closing is. A refusal names every commitment
 * that cannot be closed (none was), and keeps the ticks and the reason for the next try.
 */
export function BulkCloseUnmetForm({
  id,
  action,
  labels,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: { title: string; hint: string; note: string; submit: string; selectPage: string; ask: { question: string; confirm: string; cancel: string } };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst(state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  const problems = state.status === "error" ? (state.fieldErrors?.commitmentIds ?? []) : [];
  return (
    <details className="mb-4 rounded-xl border border-slate-200 bg-white p-4 text-sm" open>
      <summary className="cursor-pointer font-medium">{labels.title}</summary>
      <p className="mt-2 text-slate-600">{labels.hint}</p>
      <form ref={form} id={id} noValidate action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} className="mt-3 grid gap-3">
        <div>
          <SelectPageRows formId={id} label={labels.selectPage} />
        </div>
        <Field id={`${id}-note`} label={labels.note} errors={state.fieldErrors?.note}>
          {(p) => <textarea {...p} name="note" rows={2} maxLength={2000} defaultValue={state.status === "error" ? state.values?.note : undefined} className={inputClass} />}
        </Field>
        <div>
          {asking ? (
            <AskFirstQuestion question={labels.ask.question} confirm={labels.ask.confirm} cancel={labels.ask.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={pending} />
          ) : (
            <AskFirstButton label={labels.submit} required={["commitmentIds", "note"]} ask={ask} triggerRef={triggerRef} />
          )}
        </div>
        <FormMessage state={state} />
        {problems.length > 0 && (
          <ul className="list-disc pl-5 text-red-700" data-testid={`${id}-problems`}>
            {problems.map((p, i) => (
              // Two commitments may share an indicator (two reports' 新增城镇就业): by place, not text.
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </form>
    </details>
  );
}
