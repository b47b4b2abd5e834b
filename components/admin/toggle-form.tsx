"use client";

import Link from "next/link";
import { useActionState, useEffect } from "react";
import { AnswerText } from "@/components/ui/answer-text";
import { answerTone, TONE_TEXT } from "@/components/ui/answer-tone";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { secondaryButtonClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/**
 * A one-button form (enable / disable) that says what it did, or why it was refused. Given
 * `ask`, the button asks first (disabling a user signs them out at once); the question stays
 * until the action answers. `ask.detail` says, in the question, what would stop the action (the
 * commitments a user is still responsible for), with a link to see them.
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
  ask?: { question: string; confirm: string; cancel: string; detail?: { text: string; link?: { href: string; label: string } } };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { asking, ask: startAsking, stopAsking, triggerRef, cancelRef } = useAskFirst(state);
  const hydrated = useHydrated();
  // The button is disabled while the action runs, which takes the focus from it: an answer gives
  // it back (switched on or off, it is the same element).
  useEffect(() => {
    if (state.status !== "idle") triggerRef.current?.focus();
  }, [state, triggerRef]);
  const buttonClass = `${secondaryButtonClass} shrink-0 whitespace-nowrap`;
  const tone = answerTone(state);
  return (
    // The reason for a refusal goes on its own line: beside the button it squeezed it to 停/用.
    <form action={formAction} className="flex max-w-xs flex-wrap items-center gap-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      {ask && asking ? (
        <AskFirstQuestion
          question={ask.question}
          detail={
            ask.detail && (
              <>
                {ask.detail.text}
                {ask.detail.link && (
                  <>
                    {" "}
                    <Link href={ask.detail.link.href} className="underline">
                      {ask.detail.link.label}
                    </Link>
                  </>
                )}
              </>
            )
          }
          confirm={ask.confirm}
          cancel={ask.cancel}
          onCancel={stopAsking}
          cancelRef={cancelRef}
          pending={pending}
        />
      ) : (
        // One button whether it asks or acts: switched on or off, the row keeps the element, and
        // the focus on it. One that asks works through its script, so it waits for hydration.
        <button
          ref={triggerRef}
          type={ask ? "button" : "submit"}
          aria-label={name}
          disabled={pending || (ask !== undefined && !hydrated)}
          className={buttonClass}
          onClick={ask ? startAsking : undefined}
        >
          {label}
        </button>
      )}
      {(state.status === "error" || (state.status === "success" && state.message)) && (
        <span role={tone === "error" ? "alert" : "status"} data-tone={tone} className={`basis-full text-xs ${TONE_TEXT[tone]}`}>
          <AnswerText state={state} />
        </span>
      )}
    </form>
  );
}
