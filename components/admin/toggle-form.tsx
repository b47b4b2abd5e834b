"use client";

import { useActionState } from "react";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { secondaryButtonClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/**
 * A one-button form (enable / disable) that says what it did, or why it was refused. Given
 * `ask`, the button asks first (disabling a user signs them out at once); the question stays
 * until the action answers.
 */
export function ToggleForm({
  action,
  fields,
  label,
  name,
  ask,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** The button's accessible name with what it acts on ("停用：张三"), for where the row is out of sight. */
  name: string;
  ask?: { question: string; confirm: string; cancel: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { asking, ask: startAsking, stopAsking, triggerRef, cancelRef } = useAskFirst(state);
  const buttonClass = `${secondaryButtonClass} shrink-0 whitespace-nowrap`;
  return (
    // The reason for a refusal goes on its own line: beside the button it squeezed it to 停/用.
    <form action={formAction} className="flex max-w-xs flex-wrap items-center gap-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      {!ask ? (
        <SubmitButton pending={pending} aria-label={name} className={buttonClass}>{label}</SubmitButton>
      ) : asking ? (
        <AskFirstQuestion question={ask.question} confirm={ask.confirm} cancel={ask.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={pending} />
      ) : (
        <button ref={triggerRef} type="button" aria-label={name} disabled={pending} className={buttonClass} onClick={startAsking}>
          {label}
        </button>
      )}
      {state.status === "error" && (
        <span role="alert" className="basis-full text-xs text-red-700">
          {state.message}
        </span>
      )}
      {state.status === "success" && state.message && (
        <span role="status" className="basis-full text-xs text-green-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
