"use client";

import { useActionState, useEffect, useMemo, useRef } from "react";
import { useErrorsUntilEdited } from "./use-errors-until-edited";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { decisionNoteKey } from "./decision-note-draft";
import { initialFormState, isSettled, latestAnswer, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** What each button's data-decision says, read by DecisionAnnouncer once the item is gone. */
export type Decision = "approve" | "reject";
const APPROVE: Decision = "approve";
const REJECT: Decision = "reject";

/**
 * Dispatched (bubbling) by the form when its item was found decided elsewhere or gone, with the
 * answer: a DecisionAnnouncer around it reads the page again and says the answer in its place.
 */
export const DECISION_SETTLED_EVENT = "duban:decision-settled";
export type DecisionSettledDetail = { message: string };

/**
 * A reviewer's decision on one item: a note, approve, and reject (return an update, refuse a
 * change request). Rejecting needs the note; the server says so if it is empty.
 */
export function DecisionButtons({
  approveAction,
  rejectAction,
  item,
  noteId,
  testId,
  labels,
  subjectId,
}: {
  approveAction: Action;
  rejectAction: Action;
  /** The hidden field naming the item decided on, e.g. `updateId`. */
  item: { name: string; id: number };
  noteId: string;
  testId: string;
  labels: { note: string; approve: string; reject: string };
  /**
   * The ids (space-separated) of what names the item — its indicator, and its reading where two
   * of one commitment may wait: a list shows the same two buttons on every item, so they are
   * described by it, and the form is named by it.
   */
  subjectId?: string;
}) {
  // A note being typed is kept for this tab until a decision is made: a decision on another item
  // re-reads the page, and this item may move to another page of the queue (or the tab reload).
  // Dropped only once the decision went through: a refusal (the session ended, the note missing)
  // leaves it to send again, after signing in again too. Dropped here, where the answer arrives,
  // not in an effect: the decided item leaves the page in the same render. Signing out drops them all.
  const draftKey = decisionNoteKey(testId);
  const approveKeeping = useMemo(() => dropDraftOnSuccess(approveAction, draftKey), [approveAction, draftKey]);
  const rejectKeeping = useMemo(() => dropDraftOnSuccess(rejectAction, draftKey), [rejectAction, draftKey]);
  const [approved, approve, approving] = useActionState(approveKeeping, initialFormState);
  const [rejected, reject, rejecting] = useActionState(rejectKeeping, initialFormState);
  // Whichever the reviewer pressed last is the one to report.
  const state = latestAnswer(approved, rejected);
  const errors = state.fieldErrors?.note;
  const pending = approving || rejecting;
  // Decided elsewhere (another reviewer, another tab) or gone: there is nothing left to decide
  // here, so the note and the buttons go and the answer saying why stays until the page is reloaded.
  const settled = isSettled(state);
  // Taken down once the note is edited, as a Field's are.
  const { shown: shownErrors, edited } = useErrorsUntilEdited(errors);
  const form = useRef<HTMLFormElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const saved = sessionStorage.getItem(draftKey);
    if (saved && note.current && note.current.value === "") note.current.value = saved;
  }, [draftKey]);
  const keepDraft = (value: string) => (value ? sessionStorage.setItem(draftKey, value) : sessionStorage.removeItem(draftKey));
  useEffect(() => {
    if (!settled) return;
    const detail: DecisionSettledDetail = { message: state.message ?? "" };
    form.current?.dispatchEvent(new CustomEvent(DECISION_SETTLED_EVENT, { bubbles: true, detail }));
  }, [settled, state.message, state.submittedAt]);
  return (
    <form
      ref={form}
      className="grid gap-2"
      aria-label={subjectId ? undefined : `${labels.approve} / ${labels.reject}`}
      aria-labelledby={subjectId}
      data-testid={testId}
    >
      <input type="hidden" name={item.name} value={item.id} />
      {!settled && (
        <>
          <label htmlFor={noteId} className="text-sm font-medium text-slate-700">
            {labels.note}
          </label>
          <textarea
            id={noteId}
            name="note"
            rows={2}
            maxLength={2000}
            defaultValue={state.status === "error" ? state.values?.note : undefined}
            aria-describedby={`${noteId}-error`}
            aria-invalid={Boolean(shownErrors?.length)}
            ref={note}
            onInput={(event) => {
              edited();
              keepDraft(event.currentTarget.value);
            }}
            className={inputClass}
          />
          <p id={`${noteId}-error`} aria-live="polite" className="min-h-4 text-xs text-red-700">
            {shownErrors?.join(" ")}
          </p>
        </>
      )}
      {!settled && (
        <div className="flex gap-2">
          <button type="submit" formAction={approve} disabled={pending} data-decision={APPROVE} aria-describedby={subjectId} className={buttonClass}>
            {labels.approve}
          </button>
          <button type="submit" formAction={reject} disabled={pending} data-decision={REJECT} aria-describedby={subjectId} className={secondaryButtonClass}>
            {labels.reject}
          </button>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}

/** The action, dropping the note kept for the tab once it answers a success. */
function dropDraftOnSuccess(action: Action, draftKey: string): Action {
  return async (state, formData) => {
    const answer = await action(state, formData);
    if (answer.status === "success") sessionStorage.removeItem(draftKey);
    return answer;
  };
}
