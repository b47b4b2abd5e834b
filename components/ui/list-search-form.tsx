import { inputClass, secondaryButtonClass } from "@/components/ui/field";

/** A choice that narrows the list beside its search (a user's department, role, status). */
export interface ListSearchSelect {
  name: string;
  label: string;
  value: string | undefined;
  /** The choice of everything ("全部部门"), sent empty. */
  all: string;
  options: { value: string; label: string; lang?: string }[];
}

/**
 * A list's search box (a GET form, so the result has its own URL) and how many rows matched;
 * with `selects`, the choices that narrow it too, sent with the search; `hidden`, a filter the
 * page applies otherwise (a link's), kept by a search.
 */
export function ListSearchForm({
  action,
  id,
  query,
  maxLength,
  selects = [],
  hidden = {},
  labels,
}: {
  /** The list's path; the form sends `q` and starts again at page 1. */
  action: string;
  id: string;
  query: string | undefined;
  maxLength: number;
  selects?: ListSearchSelect[];
  hidden?: Record<string, string | undefined>;
  labels: { search: string; placeholder: string; submit: string; count: string };
}) {
  return (
    <form method="get" action={action} role="search" aria-label={labels.search} className="mb-3 flex flex-wrap items-end gap-2 text-sm">
      {Object.entries(hidden).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <label htmlFor={id} className="font-medium text-slate-700">
        {labels.search}
      </label>
      <input id={id} name="q" defaultValue={query} placeholder={labels.placeholder} maxLength={maxLength} className={`${inputClass} max-w-xs`} />
      {selects.map((s) => (
        <label key={s.name} className="flex flex-col gap-1 text-slate-700">
          {s.label}
          <select name={s.name} defaultValue={s.value ?? ""} className={`${inputClass} max-w-xs`}>
            <option value="">{s.all}</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value} lang={o.lang}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className={secondaryButtonClass}>
        {labels.submit}
      </button>
      <span className="text-slate-500">{labels.count}</span>
    </form>
  );
}
