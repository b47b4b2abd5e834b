import type { Sentence } from "@/lib/i18n/sentence";

/** What a form's server action returns to useActionState: errors plus the values typed. */
export interface FormState {
  status: "idle" | "success" | "error";
  message?: string;
  /**
   * The message unfilled, when it names a person or a department ("已停用{name}（zhangsan）。"):
   * shown with the names marked as Chinese (AnswerText). `message` says the same, filled.
   */
  sentence?: Sentence;
  /** Of a refusal: "conflict" when what was acted on changed meanwhile (decided elsewhere), "not_found" when it is gone. */
  errorKind?: "unauthenticated" | "password_change_due" | "invalid" | "forbidden" | "not_found" | "conflict" | "error";
  fieldErrors?: Record<string, string[]>;
  /**
   * Of a refusal: the page that shows what it is about (the commitments an official still holds),
   * or the login page, opened in a new tab (`newTab`) so this page keeps what was typed.
   */
  link?: { href: string; label: string; newTab?: true };
  /** Echoed back so the form keeps what the user typed (never passwords). */
  values?: Record<string, string>;
  /**
   * Of a success: "warning" when it leaves something to be done that was not asked for (a
   * department left with open work and nobody to report on it), shown in the warning style.
   */
  tone?: "warning";
  /** Changes on every submission, so a form can reset itself after a success. */
  submittedAt?: number;
}

export const initialFormState: FormState = { status: "idle" };

/** Of two actions' answers in one form (approve / return, withdraw / restore), the one given last. */
export function latestAnswer(a: FormState, b: FormState): FormState {
  return (b.submittedAt ?? 0) > (a.submittedAt ?? 0) ? b : a;
}

/**
 * A refusal that leaves nothing to try again here: what was acted on changed meanwhile (decided
 * in another tab, by another reviewer) or is gone. A form then takes its controls away and keeps
 * the answer, which says to reload.
 */
export function isSettled(state: FormState): boolean {
  return state.status === "error" && (state.errorKind === "conflict" || state.errorKind === "not_found");
}
