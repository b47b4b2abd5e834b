"use client";

import { DecisionButtons } from "@/components/ui/decision-buttons";
import type { FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Approve or refuse one change request; refusing needs the note. */
export function DecideChangeRequestButtons({
  approveAction,
  refuseAction,
  changeRequestId,
  labels,
  subjectId,
}: {
  approveAction: Action;
  refuseAction: Action;
  changeRequestId: number;
  labels: { note: string; approve: string; refuse: string };
  /** The element saying what is asked for (see DecisionButtons). */
  subjectId?: string;
}) {
  return (
    <DecisionButtons
      approveAction={approveAction}
      rejectAction={refuseAction}
      item={{ name: "changeRequestId", id: changeRequestId }}
      noteId={`change-note-${changeRequestId}`}
      testId={`decide-change-${changeRequestId}`}
      labels={{ note: labels.note, approve: labels.approve, reject: labels.refuse }}
      subjectId={subjectId}
    />
  );
}
