import { KIND_LABELS, type TCommitmentFilters } from "@/lib/commitments/filters";
import { formatPercent } from "@/lib/commitments/format-figures";
import { withColon } from "@/lib/i18n/label-punctuation";
import type { Translate } from "@/lib/i18n/translate";
import { reportName } from "@/lib/reports/report-name";
import { personText, type PersonRef } from "@/lib/users/person-name";
import type { ExportCell } from "./export-cell";

// The words above the summary sheet's table (汇总): what the ledger is of, which of its
// commitments (filters and scope) and on what day, so a copy handed up says what it counts.

/** The names of what the filters and the scope give by id; null when the id names nothing (deleted since, or mistyped). */
export interface LedgerFilterNames {
  section: string | null;
  department: string | null;
  /** The responsible official (责任人) filtered by, marked when disabled since. */
  responsible: PersonRef | null;
  /** An official's own department: their ledger holds only its commitments. */
  official: string | null;
}

export interface SummaryHeader {
  heading: string;
  filters: string;
  scope: string | null;
  exportedOn: string;
}

const named = (name: string | null, id: number, t: Translate) => name ?? t("export.summary.unknownId", { id });

function dueText(f: TCommitmentFilters, t: Translate): string | null {
  if (f.dueFrom && f.dueTo) return t("export.summary.dueBetween", { from: f.dueFrom, to: f.dueTo });
  if (f.dueFrom) return t("export.summary.dueFrom", { from: f.dueFrom });
  if (f.dueTo) return t("export.summary.dueTo", { to: f.dueTo });
  return null;
}

/**
 * The list's filters that narrowed the ledger, each with its label as the list's filter form
 * names it, in the form's order; the report is the heading's, and order and paging choose no rows.
 */
export function filterParts(f: TCommitmentFilters, names: LedgerFilterNames, t: Translate): string[] {
  const labelled = (label: Parameters<Translate>[0], value: string) => `${withColon(t(label))}${value}`;
  const parts = [
    f.section !== undefined && labelled("list.section", named(names.section, f.section, t)),
    f.department !== undefined && labelled("list.department", named(names.department, f.department, t)),
    f.responsible !== undefined && labelled("list.responsible", named(names.responsible && personText(names.responsible, t), f.responsible, t)),
    f.status !== undefined && labelled("list.status", t(`light.${f.status}`)),
    f.open !== undefined && labelled("list.open", t("list.openOnly")),
    f.kind !== undefined && labelled("list.kind", t(KIND_LABELS[f.kind])),
    f.reminder !== undefined && labelled("reminder.title", t("reminder.filterWaiting")),
    dueText(f, t),
    f.q !== undefined && t("export.summary.search", { q: f.q }),
  ];
  return parts.filter((p): p is string => typeof p === "string");
}

export function summaryHeader(
  input: { report: { year: number; title: string; issuer: string } | null; filters: TCommitmentFilters; names: LedgerFilterNames; today: string },
  t: Translate,
): SummaryHeader {
  const parts = filterParts(input.filters, input.names, t);
  return {
    heading: t("export.summary.heading", { name: input.report ? reportName(input.report, t("progress.yearJoiner")) : t("export.summary.allReports") }),
    filters: t("export.summary.filters", { filters: parts.length ? parts.join(t("common.listSeparator")) : t("export.summary.noFilters") }),
    scope: input.names.official === null ? null : t("export.summary.scopeDepartment", { department: input.names.official }),
    exportedOn: t("export.summary.exportedOn", { date: input.today }),
  };
}

/**
 * 平均完成率 as a percent cell showing what the dashboard shows: rounded as formatPercent rounds,
 * never up to 100 (Excel's 0.00% would show 99.996 as 100.00%); "—" when no commitment counts.
 */
export function meanPercentCell(mean: number | null, t: Translate): ExportCell {
  if (mean === null) return { value: t("common.none") };
  const shown = formatPercent(mean);
  // The shown figure's own decimals moved two places ("99.99e-2"), not divided: 99.99 / 100 is 0.99989…
  return { value: Number(`${shown.slice(0, -1)}e-2`), numFmt: "0.00%", text: shown };
}
