"use client";

import { useActionState } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import type { ReviewUpdateLabels } from "@/lib/reviews/labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Approve or return one update; a return needs the note (the server says so if it is empty). */
export function ReviewUpdateButtons({
  approveAction,
  returnAction,
  updateId,
  labels,
}: {
  approveAction: Action;
  returnAction: Action;
  updateId: number;
  labels: ReviewUpdateLabels;
}) {
  const [approved, approve, approving] = useActionState(approveAction, initialFormState);
  const [returned, sendBack, returning] = useActionState(returnAction, initialFormState);
  // Whichever the reviewer pressed last is the one to report.
  const state = (returned.submittedAt ?? 0) > (approved.submittedAt ?? 0) ? returned : approved;
  const noteId = `review-note-${updateId}`;
  const errors = state.fieldErrors?.note;
  const pending = approving || returning;
  return (
    <form className="grid gap-2" aria-label={`${labels.approve} / ${labels.return}`} data-testid={`review-update-${updateId}`}>
      <input type="hidden" name="updateId" value={updateId} />
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
        aria-invalid={Boolean(errors?.length)}
        className={inputClass}
      />
      <p id={`${noteId}-error`} aria-live="polite" className="min-h-4 text-xs text-red-700">
        {errors?.join(" ")}
      </p>
      <div className="flex gap-2">
        <button type="submit" formAction={approve} disabled={pending} className={buttonClass}>
          {labels.approve}
        </button>
        <button type="submit" formAction={sendBack} disabled={pending} className={secondaryButtonClass}>
          {labels.return}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
