"use client";

import Link from "next/link";
import { SortableHeader } from "@/components/ui/sortable-header";
import type { StatusLight } from "@/lib/progress/status-light";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";
import { sectionGroups } from "./section-groups";
import { dataLang, REPORT_LANG } from "@/lib/reports/report-lang";
import { TargetText } from "./target-text";
import { CARD_ROWS_BELOW_LG } from "@/components/ui/card-rows";

export interface CommitmentTableRow {
  id: number;
  /** Sections are a report's: 二 of one report is not 二 of the next. */
  reportId: number;
  sectionCode: string;
  sectionTitle: string;
  /** Set when the latest approved figure is older than the stale threshold. */
  staleLabel: string | null;
  indicator: string;
  target: string;
  deadline: string;
  deadlineNote: string | null;
  /** null without a lead department (the table writes `none` then). */
  leadDepartment: string | null;
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
  reportNames,
  none,
  label,
}: {
  columns: SortableColumn[];
  rows: CommitmentTableRow[];
  selectForm?: { id: string; label: string };
  /** In report order, a heading row opens each section. */
  groupBySection?: boolean;
  /**
   * Given when the list spans reports (二 of one report is not 二 of the next): the names of the
   * rows' reports, by id. In report order the first heading of each report's rows names it, else
   * a column does (the page adds it, keyed "report"). Sent once, not on each row.
   */
  reportNames?: Record<number, string>;
  /** Written for a commitment without a lead department. */
  none: string;
  /** Names the scrolling box (a Tab stop: a keyboard scrolls it sideways). */
  label: string;
}) {
  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label;
  const reportColumn = reportNames !== undefined && labelOf("report") !== undefined;
  return (
    // From lg up a table, which may still scroll sideways in a long language: a named Tab stop.
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" role="region" aria-label={label} tabIndex={0}>
      <table className={`w-full text-sm ${CARD_ROWS_BELOW_LG}`} data-testid="commitment-table">
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
        {/* In report order each section is a row group headed by its own row (scope="rowgroup"). */}
        {sectionGroups(rows, groupBySection).map((group) => (
          <tbody key={group.key}>
            {group.heading && (
              <tr className="border-t border-slate-200 bg-slate-50" data-testid="section-heading">
                <th lang={REPORT_LANG} colSpan={columns.length + (selectForm ? 1 : 0)} scope="rowgroup" className="px-3 py-2 text-left font-medium">
                  {reportNames && group.opensReport && (
                    <span className="block text-slate-900" data-testid="report-name">
                      {reportNames[group.heading.reportId]}
                    </span>
                  )}
                  <span className="mr-2 text-slate-500">{group.heading.sectionCode}</span>
                  {group.heading.sectionTitle}
                </th>
              </tr>
            )}
            {group.rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top hover:bg-slate-50" data-testid="commitment-row">
                {selectForm && (
                  <td data-card="inline">
                    <input type="checkbox" name="commitmentIds" value={r.id} form={selectForm.id} aria-label={`${selectForm.label} ${r.indicator}`} />
                  </td>
                )}
                {reportColumn && (
                  <td lang={REPORT_LANG} data-label={labelOf("report")} data-testid="report-name">
                    {reportNames[r.reportId]}
                  </td>
                )}
                <td lang={REPORT_LANG} className="whitespace-nowrap text-slate-500" data-card="inline">
                  {r.sectionCode}
                </td>
                <td data-card="inline">
                  <Link lang={REPORT_LANG} href={`/commitments/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {r.indicator}
                  </Link>
                </td>
                <td className="whitespace-nowrap" data-label={labelOf("target")}>
                  <TargetText text={r.target} />
                </td>
                <td className="whitespace-nowrap" data-label={labelOf("deadline")}>
                  {r.deadline}
                  {r.deadlineNote && <span className="block text-xs text-slate-500">{r.deadlineNote}</span>}
                </td>
                <td lang={dataLang(r.leadDepartment)} data-label={labelOf("department")}>
                  {r.leadDepartment ?? none}
                </td>
                <td>
                  <ProgressBar percent={r.percent} label={r.progressLabel} />
                  {r.staleLabel && <span className="mt-1 block text-xs text-amber-700" data-testid="stale">{r.staleLabel}</span>}
                </td>
                <td>
                  <StatusBadge light={r.light} label={r.lightLabel} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
