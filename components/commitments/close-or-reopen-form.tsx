"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { AskFirstButton, AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { Card } from "@/components/ui/card";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { Fold } from "@/components/ui/folded-form";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, isSettled, latestAnswer, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface CloseOrReopenLabels {
  close: { title: string; hint: string; field: string; submit: string };
  reopen: { title: string; hint: string; field: string; submit: string };
  /** Asked before closing: what closing does cannot all be taken back by reopening. */
  ask: { question: string; confirm: string; cancel: string };
}

/**
 * A decision that closes a commitment, with a reason, and the one that takes it back: the
 * admin's withdraw (撤销) and restore (恢复), the reviewer's closing of a missed target
 * (未完成办结) and reopening (重新打开). Both answers are kept here: after closing, the page shows
 * the reopening form and the closing's answer stays said where it was. Closing asks first;
 * reopening does not. When neither is on offer any more (a verification reopened: the commitment
 * is complete, not missed), only the answer is left, said where the form was.
 */
export function CloseOrReopenForm({
  closeAction,
  reopenAction,
  commitmentId,
  version,
  closed,
  closable = true,
  waiting = null,
  field,
  testId,
  reopenTestId,
  fold,
  labels,
}: {
  closeAction: Action;
  reopenAction: Action;
  commitmentId: number;
  /** The version the page read: a commitment changed meanwhile is refused, not overwritten. */
  version: number;
  closed: boolean;
  /** Whether the closing is on offer while the commitment is open. */
  closable?: boolean;
  /** What still waits on the commitment (whatWaits): said instead of a closing the server would refuse. */
  waiting?: string | null;
  /** The reason's field name, as the actions' schema has it. */
  field: "reason" | "note";
  /** The closing form's test id (and its field's id prefix). */
  testId: string;
  /** The reopening form's: each form names its own field (重新打开's is not the closing's). */
  reopenTestId: string;
  /**
   * The closing folded behind a disclosure with this text (撤销目标任务…: rare, and hard to take
   * back). Its answer is said outside the fold; the reopening, once closed, is not folded.
   */
  fold?: string;
  labels: CloseOrReopenLabels;
}) {
  const [closing, close, pendingClose] = useActionState(closeAction, initialFormState);
  const [reopening, reopen, pendingReopen] = useActionState(reopenAction, initialFormState);
  // Whichever answered last is the one to say — while it still holds: a closing's success while
  // closed, a reopening's while open (a verification made since, in another form, closes it again).
  const latest = latestAnswer(closing, reopening);
  const holds = latest.status !== "success" || (latest === closing) === closed;
  const offered = closed || closable;
  const answered = holds ? latest : initialFormState;
  // An answer said where the form was belongs to that moment: when something else offers the
  // form again (an approval taken back leaves the reopened commitment overdue), the form starts
  // afresh instead of showing — and focusing — that old answer.
  const [spent, setSpent] = useState<FormState | null>(null);
  if (!offered && answered.status === "success" && spent !== answered) setSpent(answered);
  const state = offered && answered === spent ? initialFormState : answered;
  // Waiting readings or requests leave nothing to close yet (a reopening never waits on them).
  const blocked = !closed && waiting !== null;
  const settled = isSettled(state);
  const l = closed ? labels.reopen : labels.close;
  const formId = closed ? reopenTestId : testId;
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst(closing);
  // A refusal of the reason goes to the field, after the question has handed the focus back to
  // its button (effects run in order: this one last).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error" && state.fieldErrors?.[field]) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, field]);
  // With the form gone, its answer is said (and focused) where it was.
  if (!offered) return <AnswerInPlace state={state} keep className="p-3" />;
  // Typed before a refusal, the reason is kept; a success starts the next form empty.
  const typed = state.status === "error" ? state.values?.[field] : undefined;
  const fields = (
    <>
      <p className="text-sm text-slate-500">{l.hint}</p>
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      {/* Changed meanwhile (another tab, another reviewer): only the answer is left, saying to reload. */}
      {!settled && blocked && (
        <p className="text-sm text-amber-800" data-testid={`${formId}-waiting`}>
          {waiting}
        </p>
      )}
      {!settled && !blocked && (
        <Field id={`${formId}-${field}`} label={l.field} errors={state.fieldErrors?.[field]}>
          {(p) => <textarea {...p} key={`${closed}`} name={field} rows={2} required maxLength={2000} defaultValue={typed} className={inputClass} />}
        </Field>
      )}
      <div hidden={settled || blocked}>
        {closed ? (
          <SubmitButton pending={pendingReopen} className={secondaryButtonClass}>
            {l.submit}
          </SubmitButton>
        ) : asking ? (
          <AskFirstQuestion question={labels.ask.question} confirm={labels.ask.confirm} cancel={labels.ask.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={pendingClose} />
        ) : (
          <AskFirstButton label={l.submit} required={[field]} ask={ask} triggerRef={triggerRef} />
        )}
      </div>
    </>
  );
  return (
    <Card>
      <form noValidate ref={form} action={closed ? reopen : close} aria-label={l.title} data-testid={formId} className="grid gap-2">
        {fold && !closed ? (
          <Fold open={fold}>
            <div className="mt-2 grid gap-2">{fields}</div>
          </Fold>
        ) : (
          <>
            <h2 className="font-medium">{l.title}</h2>
            {fields}
          </>
        )}
        <FormMessage state={state} />
      </form>
    </Card>
  );
}
