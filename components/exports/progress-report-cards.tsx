import { StatusBadge } from "@/components/commitments/status-badge";
import type { ProgressReportViewModel, ProgressReportViewItem } from "@/lib/exports/progress-report-view-model";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { withColon } from "@/lib/i18n/label-punctuation";

/**
 * A department's part of the progress report as cards, on a phone's screen only (the `phone`
 * variant: never on paper, which keeps the table): the same fields as the table's columns, each
 * named, so nothing is off screen at 390 px.
 */
export function ProgressReportCards({ items, columns }: { items: ProgressReportViewItem[]; columns: ProgressReportViewModel["columns"] }) {
  return (
    <ul className="hidden space-y-3 text-sm phone:block" data-testid="progress-report-cards">
      {items.map((item) => (
        <li key={item.id} className="rounded-lg border border-slate-300 p-3" data-testid="progress-report-card">
          <p lang={REPORT_LANG} className="font-medium">
            {item.indicator}
          </p>
          <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-1">
            <dt className="text-slate-500">{withColon(columns.target)}</dt>
            <dd data-changed={item.changed || undefined}>
              {item.target.map((line, i) => (
                <p key={i} lang={i === 0 ? item.targetLang : undefined} className={i > 0 ? "mt-1 text-xs font-medium text-amber-800" : undefined}>
                  {line}
                </p>
              ))}
            </dd>
            <dt className="text-slate-500">{withColon(columns.deadline)}</dt>
            <dd>{item.deadline}</dd>
            <dt className="text-slate-500">{withColon(columns.status)}</dt>
            <dd>
              <StatusBadge light={item.light} label={item.lightLabel} />
              {item.statusChange !== item.lightLabel && <span className="mt-1 block text-xs text-slate-500">{item.statusChange}</span>}
            </dd>
            <dt className="text-slate-500">{withColon(columns.percent)}</dt>
            <dd>{item.percentChange}</dd>
            {item.updates.length > 0 && (
              <>
                <dt className="col-span-2 text-slate-500">{withColon(columns.updates)}</dt>
                <dd className="col-span-2 space-y-1">
                  {item.updates.map((u, i) => (
                    <p key={i}>{u}</p>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
