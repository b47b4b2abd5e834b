import { buttonClass, inputClass } from "@/components/ui/field";
import { PrintButton } from "./print-button";
import { SelectOptions } from "@/components/ui/select-options";

export interface PeriodFormLabels {
  period: string;
  periodHint: string;
  report: string;
  show: string;
  docx: string;
  print: string;
}

/**
 * Choose the report period (and work report); download the same report as Word, or print it.
 * The field takes any period typed; the chosen report's year's periods (全年 first, then quarters
 * and months) are offered as suggestions.
 */
export function PeriodForm({
  period,
  choices,
  reportId,
  reports,
  docxHref,
  keep,
  labels,
  periodError,
}: {
  period: string;
  /** The periods offered: the report's year's begun so far, "2023" → "2023年全年". */
  choices: { value: string; label: string }[];
  /** Why the period typed was refused: the field is marked and says so. */
  periodError?: string;
  /** The list filters the report was opened with (department, status …): kept when the period changes. */
  keep: Record<string, string>;
  reportId: number | undefined;
  reports: { id: number; label: string; lang?: string }[];
  docxHref: string | null;
  labels: PeriodFormLabels;
}) {
  return (
    <div data-print-hidden className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <form method="get" className="flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {/* The hint and the error are read once, through aria-describedby, not as the label too. */}
        <div>
          <label htmlFor="period" className="mb-1 block text-slate-600">
            {labels.period}
          </label>
          <input
            id="period"
            name="period"
            defaultValue={period}
            required
            pattern="\d{4}(-(0[1-9]|1[0-2]|[Qq][1-4]))?"
            list={choices.length ? "period-choices" : undefined}
            aria-describedby={periodError ? "period-hint period-error" : "period-hint"}
            aria-invalid={Boolean(periodError)}
            className={`${inputClass} w-36`}
          />
          {choices.length > 0 && (
            <datalist id="period-choices">
              {choices.map((c) => (
                <option key={c.value} value={c.value} label={c.label} />
              ))}
            </datalist>
          )}
          <span id="period-hint" className="mt-1 block text-xs text-slate-500">
            {labels.periodHint}
          </span>
          {periodError && (
            <span id="period-error" className="mt-1 block text-xs text-red-700">
              {periodError}
            </span>
          )}
        </div>
        <label>
          <span className="mb-1 block text-slate-600">{labels.report}</span>
          <select name="report" defaultValue={reportId?.toString() ?? ""} className={inputClass}>
            <SelectOptions items={reports} />
          </select>
        </label>
        <button type="submit" className={buttonClass}>
          {labels.show}
        </button>
      </form>
      {docxHref && (
        <div className="ml-auto flex gap-2">
          <a href={docxHref} className="rounded-md border border-slate-300 bg-white px-3 py-2 hover:bg-slate-50">
            {labels.docx}
          </a>
          <PrintButton label={labels.print} />
        </div>
      )}
    </div>
  );
}
