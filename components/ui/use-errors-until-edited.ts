"use client";

import { useState } from "react";

/**
 * A field's errors from the last answer, taken down once the field is edited: the value they were
 * about is gone. The next answer (a new array) shows its own. `edited` goes on the field's input.
 */
export function useErrorsUntilEdited(errors: string[] | undefined): { shown: string[] | undefined; edited: () => void } {
  const [editedAfter, setEditedAfter] = useState<string[] | undefined>(undefined);
  const shown = errors !== undefined && errors === editedAfter ? undefined : errors;
  return { shown, edited: () => setEditedAfter(errors) };
}
