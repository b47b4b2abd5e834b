"use client";

import { WorkListSection } from "@/components/ui/work-list-section";
import type { UpdateView } from "@/lib/updates/types";
import { formatDateTime } from "@/lib/updates/format-date-time";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { withColon } from "@/lib/i18n/label-punctuation";
import { PersonName } from "@/components/ui/person-name";
import { formatTargetOrMilestone } from "@/lib/commitments/format-figures";
import type { TargetView } from "@/lib/commitments/target-view";
import type { Locale } from "@/lib/i18n/translate";

export interface ReturnedUpdateLabels {
  title: string;
  empty: string;
  target: string;
  milestone: string;
  asOf: string;
  reviewer: string;
  /** "{name}（已停用）": a reviewer whose account is disabled now. */
  disabledName: string;
  reviewNote: string;
  resubmit: string;
  /** For an update returned by taking back its approval: said on the card, and its note's label. */
  revoked: string;
  revokeNote: string;
}

/** Updates a reviewer sent back, with the note and a link to answer them. */
export function ReturnedUpdateList({
  items,
  labels,
  locale,
  more,
}: {
  items: { update: UpdateView; indicator: string; target: TargetView; report: string }[];
  labels: ReturnedUpdateLabels;
  locale: Locale;
  /** Said when more are waiting than listed. */
  more?: string;
}) {
  // Named only when the list holds more than one report's.
  const named = new Set(items.map((i) => i.report)).size > 1;
  return (
    <WorkListSection title={labels.title} count={`${items.length}${more ? "+" : ""}`} testId="returned-updates" isEmpty={items.length === 0} empty={labels.empty} more={more}>
      <ul className="space-y-3">
        {items.map(({ update: u, indicator, target, report }) => (
          <li key={u.id} data-testid={`returned-update-${u.id}`} className="rounded-xl border border-red-200 bg-white p-4 text-sm">
            <p lang={REPORT_LANG} id={`returned-${u.id}-title`} className="font-medium">
              {indicator}
              {named && <span className="ml-2 text-xs font-normal text-slate-500">{report}</span>}
            </p>
            {u.revoked && (
              <p className="mt-1 font-medium text-red-800" data-testid={`returned-update-${u.id}-revoked`}>
                {labels.revoked}
              </p>
            )}
            <p className="mt-1 text-slate-500">
              <span data-testid="target">{withColon(labels.target)}{formatTargetOrMilestone(target, labels.milestone, locale)}</span>
              {" · "}
              {labels.asOf} {u.asOf} · {withColon(labels.reviewer)}{u.reviewerName === null ? "—" : <PersonName person={{ name: u.reviewerName, disabled: u.reviewerDisabled }} disabledTemplate={labels.disabledName} />}
              {u.reviewedAt && ` · ${formatDateTime(u.reviewedAt)}`}
            </p>
            <p className="mt-2 rounded bg-red-50 p-2 text-red-900">
              {withColon(u.revoked ? labels.revokeNote : labels.reviewNote)}<span lang={DATA_LANG}>{u.reviewNote}</span>
            </p>
            {/* Named with its update (every item's link says the same words): 修改后重新报送 新增高标准农田. */}
            <a
              id={`returned-${u.id}-answer`}
              href={`/commitments/${u.commitmentId}?resubmit=${u.id}#submit-update`}
              aria-labelledby={`returned-${u.id}-answer returned-${u.id}-title`}
              className="mt-2 inline-block text-brand-700 underline"
            >
              {labels.resubmit}
            </a>
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
