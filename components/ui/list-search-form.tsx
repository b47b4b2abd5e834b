import { inputClass, secondaryButtonClass } from "@/components/ui/field";

/** A list's search box (a GET form, so the result has its own URL) and how many rows matched. */
export function ListSearchForm({
  action,
  id,
  query,
  maxLength,
  labels,
}: {
  /** The list's path; the form sends `q` and starts again at page 1. */
  action: string;
  id: string;
  query: string | undefined;
  maxLength: number;
  labels: { search: string; placeholder: string; submit: string; count: string };
}) {
  return (
    <form method="get" action={action} role="search" aria-label={labels.search} className="mb-3 flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {labels.search}
      </label>
      <input id={id} name="q" defaultValue={query} placeholder={labels.placeholder} maxLength={maxLength} className={`${inputClass} max-w-xs`} />
      <button type="submit" className={secondaryButtonClass}>
        {labels.submit}
      </button>
      <span className="text-slate-500">{labels.count}</span>
    </form>
  );
}
