import type { FormState } from "@/lib/actions/form-state";

/** How a form's answer is shown: a refusal, a success that leaves something to do, or a success. */
export type AnswerTone = "error" | "warning" | "success";

export function answerTone(state: FormState): AnswerTone {
  return state.status === "error" ? "error" : successTone(state);
}

/** Of a success: whether it is said as one, or as a warning (it left something to do). */
export function successTone(state: FormState): Exclude<AnswerTone, "error"> {
  return state.tone === "warning" ? "warning" : "success";
}

/**
 * The answer's words in its tone, where it stands among a form's fields (FormMessage, a row's
 * ToggleForm). A warning also has a bar beside it: the colour alone would not tell it from a
 * success to a reader who cannot see it (the words say it too).
 */
export const TONE_TEXT: Record<AnswerTone, string> = {
  error: "text-red-700",
  warning: "border-l-4 border-amber-400 pl-2 text-amber-800",
  success: "text-green-700",
};

/** The answer in a box of its own, where the form was (AnswerInPlace): the page's notices' colours. */
export const TONE_BOX: Record<Exclude<AnswerTone, "error">, string> = {
  warning: "bg-amber-50 text-amber-900 ring-1 ring-amber-300",
  success: "bg-green-50 text-green-800",
};
