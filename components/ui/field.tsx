// The labelled field is a client component (it clears its errors once edited); the class names
// below stay plain strings here, so server components (filters, search forms) can use them.
export { Field } from "./labelled-field";

/** A focused field has an outline of its own, so it still shows among fields marked red as invalid. */
export const inputClass =
  "w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-600 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600 aria-[invalid=true]:border-red-500";

export const buttonClass =
  "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60";

/**
 * A file input whose picking button looks like our secondary button and is at least 24 px high
 * (WCAG 2.5.8: the browser's own was 20 px, hard to tap on a phone).
 */
export const fileInputClass =
  "block min-h-8 max-w-full text-sm file:mr-3 file:min-h-8 file:cursor-pointer file:rounded-md file:border file:border-solid file:border-slate-300 file:bg-white file:px-3 file:py-1 file:text-sm file:text-slate-700 hover:file:bg-slate-100";

/**
 * The cell of a button in a row of `Field`s, level with their inputs (a label's line above them)
 * whatever hints and errors the fields show below.
 */
export const besideFieldsClass = "flex items-start md:pt-6";

export const secondaryButtonClass =
  "rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-60";
