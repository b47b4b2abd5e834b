import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import type { Actor } from "@/lib/auth/actor";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { holdingMost } from "./holding-most";

export type { ReportChoice } from "./holding-most";
import type { ReportChoice } from "./holding-most";

/** Whose commitments decide the default report: an official's department's, everyone else's all. */
type Scope = Pick<Actor, "role" | "departmentId">;

/**
 * The reports to choose from (newest first) and the chosen one: `requested` when it exists, else
 * one of the newest year — a dashboard or progress report is about one year's work report. Of
 * several of that year (the city's own and the State Council's, imported for reference) the one
 * holding most of the reader's commitments, the newest on a tie: an official of the city opened
 * the dashboard on a report with nothing of their department's.
 */
async function loadPickReport(requested: number | undefined, scope?: Scope): Promise<{ reports: ReportChoice[]; report: ReportChoice | null }> {
  const reports = await db.report.findMany({ orderBy: [{ year: "desc" }, { id: "desc" }], select: { id: true, title: true, year: true, issuer: true } });
  if (requested !== undefined) return { reports, report: reports.find((r) => r.id === requested) ?? null };
  const newestYear = reports.filter((r) => r.year === reports[0]?.year);
  if (newestYear.length < 2 || !scope) return { reports, report: reports[0] ?? null };
  const counts = await db.commitment.groupBy({
    by: ["reportId"],
    where: { AND: [commitmentScopeWhere(scope), { reportId: { in: newestYear.map((r) => r.id) } }] },
    _count: { _all: true },
  });
  return { reports, report: holdingMost(newestYear, new Map(counts.map((c) => [c.reportId, c._count._all]))) };
}

export const pickReport = snapshotCached(loadPickReport, {
  key: (requested, scope?) => [requested ?? null, scope ? (scope.role === "OFFICIAL" ? `dept:${scope.departmentId ?? "none"}` : "all") : null],
});
