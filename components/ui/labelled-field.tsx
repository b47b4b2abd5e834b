"use client";

import type { ReactNode } from "react";
import { useErrorsUntilEdited } from "./use-errors-until-edited";

/**
 * A labelled input with its errors announced (aria-live) and linked (aria-describedby). Errors
 * from the last answer are taken down once the field is edited: the value they were about is
 * gone, and a field still marked red after it was mended reads as refused again. The next answer
 * (a new array) shows its own.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  /**
   * Shown under the input and read with it (what to enter, not what went wrong): between the
   * label and the input it pushed that input below its neighbours' in a row of fields.
   */
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-describedby": string; "aria-invalid": boolean }) => ReactNode;
}) {
  const { shown, edited } = useErrorsUntilEdited(errors);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-1" onInput={edited}>
        {children({ id, "aria-describedby": hint ? `${hintId} ${errorId}` : errorId, "aria-invalid": Boolean(shown?.length) })}
      </div>
      {/* slate-600, not 500: on a tinted row (a department's open 操作) 500 fell to 4.46:1, under AA's 4.5. */}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <p id={errorId} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
        {shown?.join(" ")}
      </p>
    </div>
  );
}
