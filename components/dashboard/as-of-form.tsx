import Link from "next/link";
import { buttonClass, inputClass } from "@/components/ui/field";
import { SelectOptions } from "@/components/ui/select-options";

/** Pick the day (and the work report) the dashboard describes; a plain GET form. */
export function AsOfForm({
  asOf,
  today,
  reportId,
  reports,
  todayHref,
  labels,
}: {
  asOf: string;
  today: string;
  reportId: number;
  reports: { id: number; label: string; lang?: string }[];
  todayHref: string;
  labels: { asOf: string; hint: string; report: string; apply: string; today: string };
}) {
  return (
    <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <label>
        <span className="mb-1 block text-slate-600">{labels.asOf}</span>
        <input type="date" name="asOf" defaultValue={asOf} max={today} aria-describedby="as-of-hint" className={inputClass} />
      </label>
      <label>
        <span className="mb-1 block text-slate-600">{labels.report}</span>
        <select name="report" defaultValue={String(reportId)} className={inputClass}>
          <SelectOptions items={reports} />
        </select>
      </label>
      <button type="submit" className={buttonClass}>
        {labels.apply}
      </button>
      {asOf !== today && (
        <Link href={todayHref} className="py-2 text-brand-700 hover:underline">
          {labels.today}
        </Link>
      )}
      <p id="as-of-hint" className="w-full text-xs text-slate-500">
        {labels.hint}
      </p>
    </form>
  );
}
