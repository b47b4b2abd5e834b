"use client";

import Link from "next/link";
import { SortableHeader } from "@/components/ui/sortable-header";
import type { StatusLight } from "@/lib/progress/status-light";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";
import { sectionGroups } from "./section-groups";
import { dataLang, REPORT_LANG } from "@/lib/reports/report-lang";
import { TargetText } from "./target-text";

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
}) {
  const labelOf = (key: string) => columns.find((c) => c.key === key)?.label;
  const reportColumn = reportNames !== undefined && labelOf("report") !== undefined;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className={`w-full text-sm ${CELL_LAYOUT}`} data-testid="commitment-table">
        <thead className="bg-slate-100 text-left max-md:hidden">
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

/**
 * Below Tailwind's md every row is a card: rows and cells stack, the first cells (a checkbox, the
 * section, the indicator) share a line, and a cell with `data-label` is headed by its column's
 * name (the header row and its sort links are hidden: invisible links must not take the focus,
 * and the cards name their fields) — rather than a table scrolled sideways. md is where the
 * list's filters and exports fold away (FOLDED_BELOW_MD) and its sort joins the filters: at sm,
 * 640–767 px showed the folded phone form over a table of desktop headers. Written once on the
 * table, not on every cell (the cells' padding too): a list page has 50 rows, and its bytes are
 * what a reused page costs to send (the bench's list line fell from 1,500–2,300 to 900 pages a
 * second when the phone's classes were written on each cell).
 */
const CELL_LAYOUT = [
  "[&_td]:px-3 [&_td]:py-2",
  "max-md:block max-md:[&_tbody]:block max-md:[&_tr]:block max-md:[&_tr]:py-2 max-md:[&_th]:block",
  "max-md:[&_td]:block max-md:[&_td]:py-0.5 max-md:[&_td]:whitespace-normal",
  "max-md:[&_td[data-card=inline]]:inline max-md:[&_td[data-card=inline]]:pr-0",
  "max-md:[&_td[data-label]]:before:mr-1.5 max-md:[&_td[data-label]]:before:text-xs max-md:[&_td[data-label]]:before:text-slate-500 max-md:[&_td[data-label]]:before:content-[attr(data-label)]",
].join(" ");
