import type { MessageKey } from "@/lib/i18n/zh";
import type { MessageParams } from "@/lib/i18n/translate";

export type ExpectedErrorKind = "not_found" | "conflict" | "invalid";

/**
 * A way on from a refusal: the page that shows what it is about (the commitments an official
 * still answers for), said with the refusal rather than named in it a few at a time.
 */
export interface RefusalLink {
  href: string;
  labelKey: MessageKey;
  params?: MessageParams;
}

/**
 * An error the user can act on: shown with its (translated) message. Anything else thrown by a
 * use case is unexpected: logged, and the user sees a generic message without details.
 */
export class ExpectedError extends Error {
  constructor(
    readonly kind: ExpectedErrorKind,
    readonly messageKey: MessageKey,
    readonly params?: MessageParams,
    /** Field the message belongs to, shown beside that input. */
    readonly field?: string,
    /** Further messages per field, e.g. one per bad row of an uploaded sheet. */
    readonly details?: { field: string; messageKey: MessageKey; params?: MessageParams }[],
    readonly link?: RefusalLink,
  ) {
    super(messageKey);
    this.name = "ExpectedError";
  }
}

export const notFound = () => new ExpectedError("not_found", "error.notFound");
export const conflict = (params?: MessageParams) => new ExpectedError("conflict", "error.conflict", params);
export const invalid = (messageKey: MessageKey, params?: MessageParams, field?: string, link?: RefusalLink) =>
  new ExpectedError("invalid", messageKey, params, field, undefined, link);

/** A mistake of one field, as the shared rules name them (readingProblems, changeProblems). */
export interface FieldProblem {
  field: string;
  messageKey: MessageKey;
  params?: MessageParams;
}

/**
 * Refuses all of a form's mistakes in one answer, each at its field: one alone is the answer
 * itself, several answer "form.invalid". Nothing is thrown when there are none.
 */
export function refuseFieldProblems(problems: readonly FieldProblem[]): void {
  const [first, ...more] = problems;
  if (first && more.length === 0) throw invalid(first.messageKey, first.params, first.field);
  if (first) throw new ExpectedError("invalid", "form.invalid", undefined, undefined, [first, ...more]);
}
