"use client";

import { useActionState, useEffect, useRef } from "react";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { Card } from "@/components/ui/card";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialFormState, isSettled, type FormState } from "@/lib/actions/form-state";

export interface DeleteReportLabels {
  title: string;
  hint: string;
  submit: string;
  ask: { question: string; confirm: string; cancel: string };
}

/**
 * The admin's deletion of a report imported by mistake: asked first (it cannot be undone), and
 * refused by the server once anyone has worked on its commitments. A success leaves the page
 * (the report is gone) for the list of reports, which says so.
 */
export function DeleteReportForm({
  action,
  reportId,
  blocked,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  reportId: number;
  /** Why it can no longer be deleted (work done on it), said instead of offering the button. */
  blocked?: string;
  labels: DeleteReportLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst(state);
  const hydrated = useHydrated();
  // The question hands the focus back to its button as it closes (the parent's effect runs after
  // FormMessage's): a refusal then takes it, so it is read.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") form.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [state]);
  if (blocked) {
    return (
      <Card>
        <h2 className="font-medium">{labels.title}</h2>
        <p className="mt-2 text-sm text-slate-600" data-testid="delete-report-blocked">
          {blocked}
        </p>
      </Card>
    );
  }
  return (
    <Card>
      <form ref={form} action={formAction} aria-label={labels.title} data-testid="delete-report-form" className="grid gap-2">
        <h2 className="font-medium">{labels.title}</h2>
        <p className="text-sm text-slate-500">{labels.hint}</p>
        <input type="hidden" name="reportId" value={reportId} />
        <div>
          {isSettled(state) ? null : asking ? (
            <AskFirstQuestion question={labels.ask.question} confirm={labels.ask.confirm} cancel={labels.ask.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={pending} />
          ) : (
            <button ref={triggerRef} type="button" disabled={!hydrated} className={secondaryButtonClass} onClick={ask}>
              {labels.submit}
            </button>
          )}
        </div>
        <FormMessage state={state} />
      </form>
    </Card>
  );
}
