import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

export interface ReportChoice {
  id: number;
  title: string;
  year: number;
  issuer: string;
}

/**
 * The reports to choose from (newest first) and the chosen one: `requested` when it exists,
 * else the newest — a dashboard or progress report is about one year's work report.
 */
async function loadPickReport(requested: number | undefined): Promise<{ reports: ReportChoice[]; report: ReportChoice | null }> {
  const reports = await db.report.findMany({ orderBy: [{ year: "desc" }, { id: "desc" }], select: { id: true, title: true, year: true, issuer: true } });
  const report = (requested !== undefined ? reports.find((r) => r.id === requested) : reports[0]) ?? null;
  return { reports, report };
}

export const pickReport = snapshotCached(loadPickReport);
