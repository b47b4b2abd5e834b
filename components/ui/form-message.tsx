"use client";

import { useEffect, useRef, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { AnswerText } from "./answer-text";
import { answerTone, TONE_TEXT } from "./answer-tone";

/**
 * A form's answer, announced (aria-live). Once an answer arrives, focus moves to where the user
 * must look: the first field marked invalid, or else this message — not left on a button that
 * re-rendered or on the page's body, where keyboard and screen-reader users start again.
 * A later attempt stopped in the browser (a required field left empty, a file too large: an
 * `invalid` event in the form), or an edit after a refusal of its fields, makes the answer
 * stale, so it is no longer shown. Nothing here needs the browser's own checks: in a form that
 * leaves them to its schema (`noValidate`) every attempt reaches the server, whose answer takes
 * this one's place, and only a check of the form's own dispatches `invalid`.
 */
export function FormMessage({ state }: { state: FormState }) {
  const message = useRef<HTMLParagraphElement>(null);
  // Keyed by the answer (its submittedAt), not by the object: a caller may build its state on
  // every render (the import review's live check of its figures, whose count changes as the
  // admin types), which must not pull the focus on each keystroke.
  const answer = state.status === "idle" ? null : `${state.status}|${state.submittedAt ?? state.message ?? ""}`;
  const [staleAnswer, setStaleAnswer] = useState<string | null>(null);
  // A refusal of fields is about what was typed: once the user edits, the fields' own errors go
  // (Field) and so does this summary of them.
  const aboutFields = state.status === "error" && Object.keys(state.fieldErrors ?? {}).length > 0;
  useEffect(() => {
    const form = message.current?.closest("form");
    if (!form) return;
    // `invalid` does not bubble: heard while it goes down to the field.
    const onInvalid = () => setStaleAnswer(answer);
    // A control that changes no field (a list's filter box, `data-edits-nothing`) leaves it.
    const onInput = (event: Event) => {
      if (aboutFields && !(event.target instanceof HTMLElement && event.target.closest("[data-edits-nothing]"))) setStaleAnswer(answer);
    };
    form.addEventListener("invalid", onInvalid, true);
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("invalid", onInvalid, true);
      form.removeEventListener("input", onInput);
    };
  }, [answer, aboutFields]);
  useEffect(() => {
    if (answer === null || !message.current) return;
    const form = message.current.closest("form");
    const marked = state.status === "error" ? form?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    // A group (a fieldset of radios) is marked as a whole: its first choice takes the focus.
    const invalid = marked instanceof HTMLFieldSetElement ? marked.querySelector<HTMLElement>("input, select, textarea") : marked;
    (invalid ?? message.current).focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `answer` is the state's identity
  }, [answer]);
  const tone = answerTone(state);
  const shown = answer === null || answer !== staleAnswer;
  // The tone (a warning's bar) only with its words: an empty live region stays a blank line.
  const toned = answer !== null && shown;
  return (
    <p
      ref={message}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      aria-live="polite"
      data-tone={toned ? tone : undefined}
      className={`min-h-5 text-sm outline-none ${toned ? TONE_TEXT[tone] : ""}`}
    >
      {shown && <AnswerText state={state} />}
    </p>
  );
}
