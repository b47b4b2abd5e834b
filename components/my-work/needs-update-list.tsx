"use client";

import { fillMessage } from "@/lib/i18n/fill-message";
import { WorkListSection } from "@/components/ui/work-list-section";
import type { NeedsUpdateItem } from "@/lib/my-work/list-official-work";
import type { NeedsUpdateReason } from "@/lib/my-work/needs-update-where";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { formatPercent, formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import type { Locale } from "@/lib/i18n/translate";
import { bracketedAfter, withColon } from "@/lib/i18n/label-punctuation";

export interface NeedsUpdateLabels {
  title: string;
  empty: string;
  target: string;
  /** What a milestone's target reads (it has no figure). */
  milestone: string;
  deadline: string;
  latest: string;
  notReported: string;
  /** "{count}": its updates already waiting for review. */
  waitingReview: string;
  /** Said of one whose reading sent this month is approved. */
  approvedThisMonth: string;
  /** Under the title of the reported ones: why they are not counted as to do. */
  note?: string;
  reasons: Record<NeedsUpdateReason, string>;
}

const REASON_STYLE: Record<NeedsUpdateReason, string> = {
  overdue: "bg-red-50 text-red-800 ring-red-300",
  dueSoon: "bg-amber-50 text-amber-800 ring-amber-300",
  noUpdateThisMonth: "bg-slate-100 text-slate-700 ring-slate-300",
};

/**
 * An official's commitments that need a progress report, with why; or, as `reported`, those due
 * soon or overdue already reported this month (nothing to do: listed so their deadline is seen,
 * with the state of what was sent, and not counted as to do).
 */
export function NeedsUpdateList({
  items,
  labels,
  locale,
  more,
  reported = false,
}: {
  items: NeedsUpdateItem[];
  labels: NeedsUpdateLabels;
  locale: Locale;
  /** Said when more are waiting than listed. */
  more?: string;
  reported?: boolean;
}) {
  const testId = reported ? "reported-this-month" : "needs-update";
  // Named only when the list holds more than one report's: 粮食产量 of the city and of the State Council.
  const named = new Set(items.map((c) => c.report)).size > 1;
  return (
    <WorkListSection title={labels.title} count={`${items.length}${more ? "+" : ""}`} testId={testId} isEmpty={items.length === 0} empty={labels.empty} more={more}>
      {labels.note && <p className="mb-3 text-sm text-slate-600">{labels.note}</p>}
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {items.map((c) => (
          <li key={c.id} data-testid={`${testId}-${c.id}`} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
            <a lang={REPORT_LANG} href={reported ? `/commitments/${c.id}` : `/commitments/${c.id}#submit-update`} className="font-medium text-brand-700 underline">
              {c.indicator}
            </a>
            {named && <span className="text-xs text-slate-500">{c.report}</span>}
            <span className="text-slate-500" data-testid="target">
              {withColon(labels.target)}{formatTargetOrMilestone(c.target, labels.milestone, locale)}
            </span>
            <span className="text-slate-500">
              {withColon(labels.deadline)}{c.deadline}
            </span>
            <span className="text-slate-500">
              {withColon(labels.latest)}{c.latestPercent === null ? labels.notReported : `${formatPercent(c.latestPercent)}${bracketedAfter(labels.latest, c.latestAsOf ?? "")}`}
            </span>
            <span className="flex gap-1">
              {c.reasons.map((r) => (
                <span key={r} data-reason={r} className={`rounded-full px-2 py-0.5 text-xs ring-1 ${REASON_STYLE[r]}`}>
                  {labels.reasons[r]}
                </span>
              ))}
              {c.waitingReview > 0 && (
                <span data-testid="waiting-review" className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800 ring-1 ring-sky-300">
                  {fillMessage(labels.waitingReview, { count: c.waitingReview })}
                </span>
              )}
              {c.approvedThisMonth > 0 && (
                <span data-testid="approved-this-month" className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800 ring-1 ring-emerald-300">
                  {labels.approvedThisMonth}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
