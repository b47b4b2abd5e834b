import type { FormState } from "@/lib/actions/form-state";
import { fillMessage } from "@/lib/i18n/fill-message";
import type { ReviewLabels, ReviewRow } from "./review-types";

/**
 * What the review says above its list, the first that applies: the figures that are not numbers
 * (once accepting was tried), the rows the last attempt was held back for in the browser, the
 * discard's answer before any accept, the rows the server refused, or the accept's own answer.
 */
export function reviewAnswer({
  numbersChecked,
  invalidCount,
  checkedAt,
  heldBack,
  held,
  refused,
  acceptState,
  discardState,
  nameOfRow,
  labels,
}: {
  numbersChecked: boolean;
  invalidCount: number;
  /** When the admin last tried to accept: keeps the answer's identity, so the focus is not pulled as the admin types. */
  checkedAt: number | undefined;
  heldBack: boolean;
  held: ReviewRow[];
  refused: ReviewRow[];
  acceptState: FormState;
  discardState: FormState;
  nameOfRow: (row: ReviewRow) => string;
  labels: Pick<ReviewLabels, "numbersInvalid" | "rowsInvalid">;
}): FormState {
  const heldMessage = heldBack && held.length > 0 ? fillMessage(labels.rowsInvalid, { count: held.length, indicator: nameOfRow(held[0]) }) : null;
  if (numbersChecked && invalidCount > 0) return { status: "error", message: fillMessage(labels.numbersInvalid, { count: invalidCount }), submittedAt: checkedAt };
  if (heldMessage) return { status: "error", message: heldMessage, submittedAt: checkedAt };
  if (acceptState.status === "idle") return discardState;
  if (refused.length > 0) return { ...acceptState, message: fillMessage(labels.rowsInvalid, { count: refused.length, indicator: nameOfRow(refused[0]) }) };
  return acceptState;
}
