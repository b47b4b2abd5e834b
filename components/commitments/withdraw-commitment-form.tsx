"use client";

import { useActionState, useEffect, useRef } from "react";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { Card } from "@/components/ui/card";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialFormState, latestAnswer, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface WithdrawCommitmentLabels {
  withdraw: { title: string; hint: string; reason: string; submit: string };
  restore: { title: string; hint: string; reason: string; submit: string };
  /** Asked before withdrawing: what waits on the commitment is answered and cannot be taken back. */
  ask: { question: string; confirm: string; cancel: string };
}

/**
 * The admin's withdraw (撤销) or, once withdrawn, restore (恢复) of a commitment, with a reason
 * either way. Both answers are kept here: after a withdrawal the page shows the restore form,
 * and the withdrawal's answer stays said where it was. Withdrawing asks first (the readings and
 * requests it answers stay answered after a restore); restoring does not.
 */
export function WithdrawCommitmentForm({
  withdrawAction,
  restoreAction,
  commitmentId,
  version,
  withdrawn,
  labels,
}: {
  withdrawAction: Action;
  restoreAction: Action;
  commitmentId: number;
  /** The version the page read: a commitment changed meanwhile is refused, not overwritten. */
  version: number;
  withdrawn: boolean;
  labels: WithdrawCommitmentLabels;
}) {
  const [withdrew, withdraw, withdrawing] = useActionState(withdrawAction, initialFormState);
  const [restored, restore, restoring] = useActionState(restoreAction, initialFormState);
  // Whichever answered last is the one to say.
  const state = latestAnswer(withdrew, restored);
  const l = withdrawn ? labels.restore : labels.withdraw;
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst(withdrew);
  // The button that asks works through its script: disabled until it runs, not a click ignored.
  const hydrated = useHydrated();
  // A refusal of the reason goes to the field, after the question has handed the focus back to
  // its button (effects run in order: this one last).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error" && state.fieldErrors?.reason) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  // Typed before a refusal, the reason is kept; a success starts the next form empty.
  const typed = state.status === "error" ? state.values?.reason : undefined;
  return (
    <Card>
      <form ref={form} action={withdrawn ? restore : withdraw} aria-label={l.title} data-testid="withdraw-commitment-form" className="grid gap-2">
        <h2 className="font-medium">{l.title}</h2>
        <p className="text-sm text-slate-500">{l.hint}</p>
        <input type="hidden" name="commitmentId" value={commitmentId} />
        <input type="hidden" name="version" value={version} />
        <Field id="withdraw-reason" label={l.reason} errors={state.fieldErrors?.reason}>
          {(p) => <textarea {...p} key={`${withdrawn}`} name="reason" rows={2} required maxLength={2000} defaultValue={typed} className={inputClass} />}
        </Field>
        <div>
          {withdrawn ? (
            <SubmitButton pending={restoring} className={secondaryButtonClass}>
              {l.submit}
            </SubmitButton>
          ) : asking ? (
            <AskFirstQuestion question={labels.ask.question} confirm={labels.ask.confirm} cancel={labels.ask.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={withdrawing} />
          ) : (
            <button
              ref={triggerRef}
              type="button"
              disabled={!hydrated}
              className={secondaryButtonClass}
              // Asked only once the reason is there: the browser says what is missing first.
              onClick={(e) => {
                if (e.currentTarget.form?.reportValidity()) ask();
              }}
            >
              {l.submit}
            </button>
          )}
        </div>
        <FormMessage state={state} />
      </form>
    </Card>
  );
}
