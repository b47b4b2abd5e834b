"use client";

import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";

const confirmClass = "rounded-md border border-red-300 bg-white px-3 py-1 text-sm text-red-700 hover:bg-red-100 disabled:opacity-60";

/**
 * For an action that is hard to take back: its button opens a question in the page (a
 * window.confirm cannot be styled, translated by us, or driven by the end-to-end tests). Focus
 * moves to the answer that changes nothing, and back to the button when the question closes.
 */
export function useAskFirst(outcome?: unknown) {
  // Asked about one outcome of the action (useActionState's state): a new outcome, the answer to
  // the question, closes it.
  const [asked, setAsked] = useState<{ outcome: unknown } | null>(null);
  const asking = asked !== null && asked.outcome === outcome;
  const opened = useRef(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (opened.current) triggerRef.current?.focus();
    opened.current ||= asking;
  }, [asking]);
  return { asking, ask: () => setAsked({ outcome }), stopAsking: () => setAsked(null), triggerRef, cancelRef };
}

/**
 * The question and its two answers. The confirming answer submits the form around it, or, given
 * `onConfirm`, acts in the browser. Escape cancels, except while the action runs. `detail` says
 * what to know before answering (what the action would leave behind), as the group's description.
 */
export function AskFirstQuestion({
  question,
  detail,
  confirm,
  cancel,
  onCancel,
  cancelRef,
  pending = false,
  onConfirm,
}: {
  /** A sentence naming data (a report's name) marks it (SentenceWithData). */
  question: ReactNode;
  detail?: ReactNode;
  confirm: string;
  cancel: string;
  onCancel: () => void;
  cancelRef: RefObject<HTMLButtonElement | null>;
  pending?: boolean;
  onConfirm?: () => void;
}) {
  const questionId = useId();
  const detailId = useId();
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      aria-describedby={detail ? detailId : undefined}
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-2 py-1 text-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape" && !pending) onCancel();
      }}
    >
      <span id={questionId} className="text-red-800">
        {question}
      </span>
      {detail && (
        <span id={detailId} className="basis-full text-red-800">
          {detail}
        </span>
      )}
      {onConfirm ? (
        <button type="button" className={confirmClass} onClick={onConfirm}>
          {confirm}
        </button>
      ) : (
        <SubmitButton pending={pending} className={confirmClass}>{confirm}</SubmitButton>
      )}
      <button ref={cancelRef} type="button" className={secondaryButtonClass} disabled={pending} onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

/**
 * The button that asks the question — once the form holds what the action needs (`required`: the
 * fields that must not be blank, the rows' checkboxes among them). Until then it sends the form as
 * it is, and the server's refusal says what is missing at its field in the page's language, as
 * every other form says it (the browser's own bubble would speak the browser's language). It works
 * through its script: disabled until hydrated, not a click ignored.
 */
export function AskFirstButton({
  label,
  required,
  ask,
  triggerRef,
}: {
  label: string;
  required: readonly string[];
  ask: () => void;
  triggerRef: RefObject<HTMLButtonElement | null>;
}) {
  const hydrated = useHydrated();
  return (
    <button
      ref={triggerRef}
      type="button"
      disabled={!hydrated}
      className={secondaryButtonClass}
      onClick={(e) => {
        const form = e.currentTarget.form;
        if (!form) return;
        const data = new FormData(form);
        const complete = required.every((name) => data.getAll(name).some((value) => String(value).trim() !== ""));
        if (complete) ask();
        else form.requestSubmit();
      }}
    >
      {label}
    </button>
  );
}
