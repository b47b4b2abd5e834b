"use client";

import { useActionState } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Approve or refuse one change request; refusing needs the note. */
export function DecideChangeRequestButtons({
  approveAction,
  refuseAction,
  changeRequestId,
  labels,
}: {
  approveAction: Action;
  refuseAction: Action;
  changeRequestId: number;
  labels: { note: string; approve: string; refuse: string };
}) {
  const [approved, approve, approving] = useActionState(approveAction, initialFormState);
  const [refused, refuse, refusing] = useActionState(refuseAction, initialFormState);
  const state = (refused.submittedAt ?? 0) > (approved.submittedAt ?? 0) ? refused : approved;
  const noteId = `change-note-${changeRequestId}`;
  const errors = state.fieldErrors?.note;
  const pending = approving || refusing;
  return (
    <form className="grid gap-2" aria-label={`${labels.approve} / ${labels.refuse}`} data-testid={`decide-change-${changeRequestId}`}>
      <input type="hidden" name="changeRequestId" value={changeRequestId} />
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
        <button type="submit" formAction={refuse} disabled={pending} className={secondaryButtonClass}>
          {labels.refuse}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
