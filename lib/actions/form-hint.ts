import type { z } from "zod";

const hints = new WeakSet<z.ZodType>();

/**
 * Marks a field of a form's schema as a hint the form sends about the record as it was drawn
 * (`expects`, `lowest`, `currentComparator` …), read only to name every mistake in one answer and
 * never trusted: it says nothing of what the caller chose, so a refused attempt's record leaves it
 * out (refusedInput).
 */
export function formHint<T extends z.ZodType>(schema: T): T {
  hints.add(schema);
  return schema;
}

export function isFormHint(schema: z.ZodType | undefined): boolean {
  return schema !== undefined && hints.has(schema);
}
