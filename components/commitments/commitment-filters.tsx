import Link from "next/link";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FOLDED_BELOW_MD, FoldBelowMd } from "@/components/ui/fold-below-md";
import { fillMessage } from "@/lib/i18n/fill-message";

export interface FilterOption {
  value: string;
  label: string;
  /** The label's language when it is data (a department's or report's name), not the UI's words. */
  lang?: string;
}

export interface FilterField {
  name: string;
  label: string;
  value: string | undefined;
  options?: FilterOption[];
  type?: "text" | "date";
  placeholder?: string;
  /** What the URL's reader keeps (a longer search would be dropped, not refused). */
  maxLength?: number;
  /** The "all" choice's own words, when it needs more than labels.all (sections before a report is chosen). */
  allLabel?: string;
  /** A choice that always has a value (sort order, page size): no "all" option. */
  required?: boolean;
  /** Shown below lg only (the list's sort), where the table is cards; wider, its headers set it. */
  phoneOnly?: boolean;
  /** Two columns from md up: what it holds is long (a search, a report's section titles). */
  wide?: boolean;
  /** Why what the field holds was refused (the log's filter by record): said under it, and the fold opened. */
  error?: string;
}

/**
 * The list's filters as a plain GET form: the filter lives in the URL, works without
 * JavaScript, and a view can be bookmarked or shared. Fields hidden on wider screens are still
 * sent, so applying a filter keeps the sort chosen from the table's headers.
 *
 * With `labels.fold`, a narrow screen shows only a summary (saying how many filters apply) until
 * it is opened; md and wider show the form as ever (see FOLDED_BELOW_MD).
 */
export function CommitmentFilters({
  fields,
  labels,
  resetHref,
  resultsId,
}: {
  fields: FilterField[];
  /**
   * `fold`: the summary a narrow screen folds the form behind — `title` while nothing narrows,
   * else `applied` with the {count} of filters chosen (order and page size, always set, aside).
   */
  labels: { title: string; apply: string; reset: string; all: string; fold?: { title: string; applied: string } };
  resetHref: string;
  /**
   * Where the answer to the filters starts: applied, the page opens there (a URL fragment, kept
   * by a GET form), so keyboard and screen-reader users go on from the results, not the page's top.
   */
  resultsId?: string;
}) {
  const applied = fields.filter((f) => !f.required && f.value).length;
  const refused = fields.some((f) => f.error);
  return (
    <>
      {labels.fold && (
        <FoldBelowMd className="mb-4" look={`${secondaryButtonClass} py-2`} open={refused}>
          {applied ? fillMessage(labels.fold.applied, { count: applied }) : labels.fold.title}
        </FoldBelowMd>
      )}
      <form
        method="get"
        action={resultsId ? `#${resultsId}` : undefined}
        aria-label={labels.title}
        className={`mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm md:grid-cols-4 lg:grid-cols-8 ${labels.fold ? FOLDED_BELOW_MD : ""}`}
      >
        {fields.map((f) => {
          const id = `filter-${f.name}`;
          const errorId = f.error ? `${id}-error` : undefined;
          const invalid = { id, "aria-invalid": f.error ? true : undefined, "aria-describedby": errorId };
          return (
            // The mistake beside the label, not in it: it is the field's description, not its name.
            <div key={f.name} className={f.wide ? "md:col-span-2" : f.phoneOnly ? "lg:hidden" : ""}>
              {/* A label beside its control, not around it: a <select> inside its <label> is named
                  with its options' words too ("类型数量指标节点任务"). */}
              <label htmlFor={id} className="mb-1 block text-slate-600">
                {f.label}
              </label>
              {f.options ? (
                <select name={f.name} defaultValue={f.value ?? ""} className={`${inputClass} text-ellipsis`} {...invalid}>
                  {!f.required && <option value="">{f.allLabel ?? labels.all}</option>}
                  {f.options.map((o) => (
                    <option key={o.value} value={o.value} lang={o.lang}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input name={f.name} type={f.type ?? "text"} defaultValue={f.value ?? ""} placeholder={f.placeholder} maxLength={f.maxLength} className={`${inputClass} text-ellipsis`} {...invalid} />
              )}
              {f.error && (
                <p id={errorId} className="mt-1 text-xs text-red-700">
                  {f.error}
                </p>
              )}
            </div>
          );
        })}
        {/* Two columns, each control whole: squeezed into one, "Filter" broke to "Fil/te/r" at 1024 px. */}
        <div className="flex flex-wrap items-end gap-x-2 gap-y-1 md:col-span-2">
          <button type="submit" className={`${buttonClass} shrink-0 whitespace-nowrap`}>
            {labels.apply}
          </button>
          <Link href={resetHref} className="shrink-0 whitespace-nowrap px-2 py-2 text-slate-600 hover:underline">
            {labels.reset}
          </Link>
        </div>
      </form>
    </>
  );
}
