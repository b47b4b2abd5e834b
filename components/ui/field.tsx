import type { ReactNode } from "react";

/** A labelled input with its errors announced (aria-live) and linked (aria-describedby). */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  /** Shown under the label and read with the input (what to enter, not what went wrong). */
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-describedby": string; "aria-invalid": boolean }) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <div className="mt-1">{children({ id, "aria-describedby": hint ? `${hintId} ${errorId}` : errorId, "aria-invalid": Boolean(errors?.length) })}</div>
      <p id={errorId} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

/** A focused field has an outline of its own, so it still shows among fields marked red as invalid. */
export const inputClass =
  "w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 aria-[invalid=true]:border-red-500";

export const buttonClass =
  "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";

export const secondaryButtonClass =
  "rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60";
