import "server-only";
import type { LeagueSort } from "./dashboard-params";
import { getGroupStats } from "./get-group-stats";
import { getMonthlyTrend } from "./get-monthly-trend";
import { getStatusSummary } from "./get-status-summary";
import { listAttentionItems } from "./list-attention-items";
import type { DashboardScope } from "./scoped-commitments";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Everything the dashboard shows: six independent queries, run side by side. */
async function loadDashboardUncached(scope: DashboardScope, reportYear: number, league: { sort: LeagueSort; dir: "asc" | "desc" }) {
  const [summary, sections, departments, dueSoon, overdue, trend] = await Promise.all([
    getStatusSummary(scope),
    getGroupStats(scope, "section"),
    getGroupStats(scope, "department", league),
    listAttentionItems(scope, "dueSoon"),
    listAttentionItems(scope, "overdue"),
    getMonthlyTrend(scope, reportYear),
  ]);
  return { summary, sections, departments, dueSoon, overdue, trend };
}

// Keyed by what the figures depend on (the actor only through role and department), so every
// viewer shares one entry.
export const loadDashboard = snapshotCached(loadDashboardUncached, {
  key: (scope, reportYear, league) => [scope.actor.role, scope.actor.departmentId, scope.reportId, scope.asOf, scope.today, reportYear, league.sort, league.dir],
});
