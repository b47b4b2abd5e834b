"use client";

import Link from "next/link";
import { Fragment } from "react";
import { SortableHeader } from "@/components/ui/sortable-header";
import type { StatusLight } from "@/lib/progress/status-light";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

export interface CommitmentTableRow {
  id: number;
  sectionCode: string;
  sectionTitle: string;
  /** Set when the latest approved figure is older than the stale threshold. */
  staleLabel: string | null;
  indicator: string;
  target: string;
  deadline: string;
  deadlineNote: string | null;
  leadDepartment: string;
  percent: number | null;
  progressLabel: string;
  light: StatusLight;
  lightLabel: string;
}

export interface SortableColumn {
  key: string;
  label: string;
  /** Link that sorts by this column, or undefined when it cannot be sorted. */
  href?: string;
  active?: "asc" | "desc";
}

/** With `selectForm`, each row gets a checkbox that belongs to that (bulk action) form. */
export function CommitmentTable({
  columns,
  rows,
  selectForm,
  groupBySection = false,
}: {
  columns: SortableColumn[];
  rows: CommitmentTableRow[];
  selectForm?: { id: string; label: string };
  /** In report order, a heading row opens each section. */
  groupBySection?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm" data-testid="commitment-table">
        <thead className="bg-slate-100 text-left">
          <tr>
            {selectForm && (
              <th className="w-8 px-3 py-2">
                <span className="sr-only">{selectForm.label}</span>
              </th>
            )}
            {columns.map((c) => (
              <SortableHeader key={c.key} className="px-3 py-2 font-medium" label={c.label} href={c.href} active={c.active} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <Fragment key={r.id}>
            {groupBySection && r.sectionCode !== rows[i - 1]?.sectionCode && (
              <tr className="border-t border-slate-200 bg-slate-50" data-testid="section-heading">
                <th colSpan={columns.length + (selectForm ? 1 : 0)} scope="colgroup" className="px-3 py-2 text-left font-medium">
                  <span className="mr-2 text-slate-500">{r.sectionCode}</span>
                  {r.sectionTitle}
                </th>
              </tr>
            )}
            <tr className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="commitment-row">
              {selectForm && (
                <td className="px-3 py-2">
                  <input type="checkbox" name="commitmentIds" value={r.id} form={selectForm.id} aria-label={`${selectForm.label} ${r.indicator}`} />
                </td>
              )}
              <td className="px-3 py-2 whitespace-nowrap text-slate-500">{r.sectionCode}</td>
              <td className="px-3 py-2">
                <Link href={`/commitments/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.indicator}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{r.target}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.deadline}
                {r.deadlineNote && <span className="block text-xs text-slate-400">{r.deadlineNote}</span>}
              </td>
              <td className="px-3 py-2">{r.leadDepartment}</td>
              <td className="px-3 py-2">
                <ProgressBar percent={r.percent} label={r.progressLabel} />
                {r.staleLabel && <span className="mt-1 block text-xs text-amber-700" data-testid="stale">{r.staleLabel}</span>}
              </td>
              <td className="px-3 py-2">
                <StatusBadge light={r.light} label={r.lightLabel} />
              </td>
            </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
