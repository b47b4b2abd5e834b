import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { pickReport, type ReportChoice } from "@/lib/dashboard/pick-report";
import { buildProgressReport, type ProgressReport } from "./build-progress-report";
import type { Parsed } from "./export-query";
import { reportYearStart } from "@/lib/progress/iso-day";
import { defaultPeriodKey, parsePeriod } from "./parse-period";

export type ProgressReportRequest = Record<string, string | string[] | undefined>;

/**
 * Reads `?period=2023-06|2023-Q2|2023&report=…` plus the list's filters and builds the report, for
 * the printable page and the Word download alike. Without a period, the usual one for the report
 * (defaultPeriodKey); refuses a malformed or future one, and one over before the report's year.
 */
export async function loadProgressReport(
  actor: Actor,
  params: ProgressReportRequest,
  today: string,
): Promise<Parsed<ProgressReport> & { reports: ReportChoice[]; chosen: ReportChoice | null }> {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = parseCommitmentFilters(params);
  const { reports, report } = await pickReport(filters.report, actor);
  const period = parsePeriod(first(params.period) || defaultPeriodKey(today, report?.year));
  // The report asked for is kept even when the period is refused: the form shows it chosen still.
  const chosen = report ?? null;
  if (!period) return { ok: false, error: "export.error.period", reports, chosen };
  // A period that has not begun has nothing to report ("From 2027-01-01 to 2026-12-05").
  if (period.start > today) return { ok: false, error: "export.error.periodFuture", reports, chosen };
  if (!report) return { ok: false, error: "export.error.report", reports, chosen };
  // A report of a year still to come (imported in December): no period of it has begun.
  if (reportYearStart(report.year) > today) return { ok: false, error: "export.error.yearAhead", reports, chosen };
  // Over before the report's year began: nothing of it to report (the dashboard refuses such a day too).
  if (period.end < reportYearStart(report.year)) return { ok: false, error: "export.error.periodBeforeYear", reports, chosen };
  return { ok: true, value: await buildProgressReport(actor, report, period, filters, today), reports, chosen };
}
