"use client";

import { DecisionButtons } from "@/components/ui/decision-buttons";
import type { FormState } from "@/lib/actions/form-state";
import type { ReviewUpdateLabels } from "@/lib/reviews/labels";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Approve or return one update; a return needs the note (the server says so if it is empty). */
export function ReviewUpdateButtons({
  approveAction,
  returnAction,
  updateId,
  labels,
  subjectId,
}: {
  approveAction: Action;
  returnAction: Action;
  updateId: number;
  labels: ReviewUpdateLabels;
  /** The element naming the update's commitment (see DecisionButtons). */
  subjectId?: string;
}) {
  return (
    <DecisionButtons
      approveAction={approveAction}
      rejectAction={returnAction}
      item={{ name: "updateId", id: updateId }}
      noteId={`review-note-${updateId}`}
      testId={`review-update-${updateId}`}
      labels={{ note: labels.note, approve: labels.approve, reject: labels.return }}
      subjectId={subjectId}
    />
  );
}
