"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/commitments/status-badge";
import type { StatusLight } from "@/lib/progress/status-light";
import { dataLang, REPORT_LANG } from "@/lib/reports/report-lang";

export interface AttentionListItem {
  id: number;
  indicator: string;
  deadline: string;
  /** null without a lead department (`none` is written then). */
  department: string | null;
  percent: string;
  light: StatusLight;
  lightLabel: string;
}

/**
 * A short list of commitments to look at (due soon, overdue), each linking to its page. In a box
 * narrower than 32rem (a phone, a half-width card) the indicator has a line of its own above its
 * day, department and light: squeezed beside them it ran down a character per line.
 */
export function AttentionList({
  items,
  empty,
  more,
  moreHref,
  testId,
  none,
}: {
  items: AttentionListItem[];
  empty: string;
  more: string | null;
  /** Where the whole list can be read, when the commitment list can show exactly these. */
  moreHref?: string;
  testId: string;
  none: string;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <>
      <ul className="@container divide-y divide-slate-100 text-sm" data-testid={testId}>
        {items.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <span className="w-24 shrink-0 tabular-nums text-slate-500">{i.deadline}</span>
            <Link
              lang={REPORT_LANG}
              href={`/commitments/${i.id}`}
              className="order-first min-w-0 basis-full font-medium text-brand-700 hover:underline @lg:order-none @lg:flex-1 @lg:basis-0"
            >
              {i.indicator}
            </Link>
            <span lang={dataLang(i.department)} className="min-w-0 text-slate-500">
              {i.department ?? none}
            </span>
            <span className="w-14 text-right tabular-nums">{i.percent}</span>
            <StatusBadge light={i.light} label={i.lightLabel} />
          </li>
        ))}
      </ul>
      {more && (
        <p className="mt-2 text-xs text-slate-500">
          {moreHref ? (
            <Link href={moreHref} className="text-brand-700 hover:underline">
              {more}
            </Link>
          ) : (
            more
          )}
        </p>
      )}
    </>
  );
}
