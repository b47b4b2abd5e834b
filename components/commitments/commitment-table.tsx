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
  // On a phone (below Tailwind's sm) each row is a card: the headers stay for screen readers
  // only and the cells that need it say what they are, rather than a table scrolled sideways.
  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm max-sm:block" data-testid="commitment-table">
        <thead className="bg-slate-100 text-left max-sm:sr-only">
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
        <tbody className="max-sm:block">
          {rows.map((r, i) => (
            <Fragment key={r.id}>
            {groupBySection && r.sectionCode !== rows[i - 1]?.sectionCode && (
              <tr className="border-t border-slate-200 bg-slate-50 max-sm:block" data-testid="section-heading">
                <th colSpan={columns.length + (selectForm ? 1 : 0)} scope="colgroup" className="px-3 py-2 text-left font-medium max-sm:block">
                  <span className="mr-2 text-slate-500">{r.sectionCode}</span>
                  {r.sectionTitle}
                </th>
              </tr>
            )}
            <tr className="border-t border-slate-100 align-top hover:bg-slate-50 max-sm:block max-sm:py-2" data-testid="commitment-row">
              {selectForm && (
                <td className="px-3 py-2 max-sm:inline-block max-sm:py-0.5 max-sm:pr-0">
                  <input type="checkbox" name="commitmentIds" value={r.id} form={selectForm.id} aria-label={`${selectForm.label} ${r.indicator}`} />
                </td>
              )}
              <td className="px-3 py-2 whitespace-nowrap text-slate-500 max-sm:inline-block max-sm:py-0.5 max-sm:pr-0">{r.sectionCode}</td>
              <td className="px-3 py-2 max-sm:inline max-sm:py-0.5">
                <Link href={`/commitments/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {r.indicator}
                </Link>
              </td>
              <td className={cardCell}>
                <CardLabel text={labelOf("target")} />
                {r.target}
              </td>
              <td className={cardCell}>
                <CardLabel text={labelOf("deadline")} />
                {r.deadline}
                {r.deadlineNote && <span className="block text-xs text-slate-400 max-sm:ml-1 max-sm:inline">{r.deadlineNote}</span>}
              </td>
              <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
                <CardLabel text={labelOf("department")} />
                {r.leadDepartment}
              </td>
              <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
                <ProgressBar percent={r.percent} label={r.progressLabel} />
                {r.staleLabel && <span className="mt-1 block text-xs text-amber-700" data-testid="stale">{r.staleLabel}</span>}
              </td>
              <td className="px-3 py-2 max-sm:block max-sm:py-0.5">
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

/** Target and deadline keep to one line in the table; on a phone they are lines of the card. */
const cardCell = "px-3 py-2 whitespace-nowrap max-sm:block max-sm:py-0.5 max-sm:whitespace-normal";

/** A cell's column name, shown only where the row is a card (the header row is out of sight). */
function CardLabel({ text }: { text: string | undefined }) {
  if (!text) return null;
  // Read aloud too: a table shown as blocks loses its header semantics in the browser.
  return <span className="mr-1.5 text-xs text-slate-500 sm:hidden">{text}</span>;
}
