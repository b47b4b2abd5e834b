"use client";

import { WorkListSection } from "@/components/ui/work-list-section";
import type { UpdateView } from "@/lib/updates/types";
import { formatDateTime } from "@/lib/updates/format-date-time";

export interface ReturnedUpdateLabels {
  title: string;
  empty: string;
  asOf: string;
  reviewer: string;
  reviewNote: string;
  resubmit: string;
}

/** Updates a reviewer sent back, with the note and a link to answer them. */
export function ReturnedUpdateList({
  items,
  labels,
  more,
}: {
  items: { update: UpdateView; indicator: string }[];
  labels: ReturnedUpdateLabels;
  /** Said when more are waiting than listed. */
  more?: string;
}) {
  return (
    <WorkListSection title={labels.title} count={`(${items.length}${more ? "+" : ""})`} testId="returned-updates" isEmpty={items.length === 0} empty={labels.empty} more={more}>
      <ul className="space-y-3">
        {items.map(({ update: u, indicator }) => (
          <li key={u.id} data-testid={`returned-update-${u.id}`} className="rounded-xl border border-red-200 bg-white p-4 text-sm">
            <p className="font-medium">{indicator}</p>
            <p className="mt-1 text-slate-500">
              {labels.asOf} {u.asOf} · {labels.reviewer}: {u.reviewerName ?? "—"}
              {u.reviewedAt && ` · ${formatDateTime(u.reviewedAt)}`}
            </p>
            <p className="mt-2 rounded bg-red-50 p-2 text-red-900">
              {labels.reviewNote}: {u.reviewNote}
            </p>
            <a href={`/commitments/${u.commitmentId}?resubmit=${u.id}#submit-update`} className="mt-2 inline-block text-brand-700 underline">
              {labels.resubmit}
            </a>
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
