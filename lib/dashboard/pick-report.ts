import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import type { Actor } from "@/lib/auth/actor";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { defaultReport } from "./holding-most";

export type { ReportChoice } from "./holding-most";
import type { ReportChoice } from "./holding-most";

/** Whose commitments decide the default report: an official's department's, everyone else's all. */
type Scope = Pick<Actor, "role" | "departmentId">;

/** How many of the reader's commitments each report holds (only those holding any), of `reportIds` or of all. */
async function heldBy(scope: Scope, reportIds?: number[]): Promise<Map<number, number>> {
  const counts = await db.commitment.groupBy({
    by: ["reportId"],
    where: { AND: [commitmentScopeWhere(scope), ...(reportIds ? [{ reportId: { in: reportIds } }] : [])] },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [c.reportId, c._count._all]));
}

/**
 * The reports to choose from (newest first) and the chosen one: `requested` when it exists, else
 * the default report (defaultReport) — a dashboard or progress report is about one year's work
 * report: of the newest year holding any of the reader's commitments, the report holding most
 * (the city's own beside the State Council's, imported for reference), the newest on a tie. An
 * official of the city opened the dashboard on a report with nothing of their department's.
 */
async function loadPickReport(requested: number | undefined, scope?: Scope): Promise<{ reports: ReportChoice[]; report: ReportChoice | null }> {
  const reports = await db.report.findMany({ orderBy: [{ year: "desc" }, { id: "desc" }], select: { id: true, title: true, year: true, issuer: true } });
  if (requested !== undefined) return { reports, report: reports.find((r) => r.id === requested) ?? null };
  if (reports.length < 2 || !scope) return { reports, report: reports[0] ?? null };
  // The newest year's reports are counted first: nearly always they hold some of the reader's,
  // and counting them alone reads a year's commitments rather than every report's.
  const newestYear = reports.filter((r) => r.year === reports[0].year);
  const nearest = await heldBy(scope, newestYear.map((r) => r.id));
  if (nearest.size > 0) return { reports, report: defaultReport(newestYear, nearest) };
  return { reports, report: defaultReport(reports, await heldBy(scope)) };
}

export const pickReport = snapshotCached(loadPickReport, {
  key: (requested, scope?) => [requested ?? null, scope ? (scope.role === "OFFICIAL" ? `dept:${scope.departmentId ?? "none"}` : "all") : null],
});
