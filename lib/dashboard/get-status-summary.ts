import "server-only";
import { db } from "@/lib/db";
import { STATUS_LIGHTS, type StatusLight } from "@/lib/progress/status-light";
import { scopedCommitments, type DashboardScope } from "./scoped-commitments";

export interface StatusSummary {
  total: number;
  /** Mean latest percent of the commitments not withdrawn, none reported counting as 0; null when none. */
  meanPercent: number | null;
  completed: number;
  verified: number;
  /** Missed and closed as not delivered (未完成办结). */
  unmet: number;
  overdue: number;
  atRisk: number;
  distribution: { light: StatusLight; count: number }[];
}

/** Overall completion and the count per status light, in one grouped query. */
export async function getStatusSummary(scope: DashboardScope): Promise<StatusSummary> {
  const rows = await (db.$queryRaw<{ light: StatusLight; count: number; percentSum: number }[]>`
    WITH x AS ${scopedCommitments(scope)}
    SELECT x."light", COUNT(*)::int AS "count", COALESCE(SUM(x."latestPercent"), 0)::float8 AS "percentSum"
    FROM x GROUP BY x."light"`);
  const by = new Map(rows.map((r) => [r.light, r]));
  const count = (...lights: StatusLight[]) => lights.reduce((n, l) => n + (by.get(l)?.count ?? 0), 0);
  const total = count(...STATUS_LIGHTS);
  const counted = rows.filter((r) => r.light !== "WITHDRAWN");
  const countedTotal = total - count("WITHDRAWN");
  // The same mean as meanPercentSql (the group tables' and the progress report's), from the
  // sums per light this query already reads. Not rounded here: formatPercent rounds for display and never up to 100 (99.995 is not met).
  const meanPercent = countedTotal === 0 ? null : counted.reduce((s, r) => s + r.percentSum, 0) / countedTotal;
  return {
    total,
    meanPercent,
    completed: count("COMPLETED"),
    verified: count("VERIFIED"),
    unmet: count("UNMET"),
    overdue: count("OVERDUE"),
    atRisk: count("AT_RISK", "BEHIND"),
    distribution: STATUS_LIGHTS.map((light) => ({ light, count: count(light) })),
  };
}
