// EXPLAIN (ANALYZE, BUFFERS) of the queries that decide the list and dashboard figures, at this
// scale, so docs/performance.md can show which indexes are (not) used.
import type pg from "pg";
import { dashboardStatement, listStatement, reviewStatement, type Statement } from "./sql-queries";

export async function explainAll(pool: pg.Pool, departmentId: number, reportId: number, today: string): Promise<Record<string, string>> {
  const plans: Record<string, Statement> = {
    [`list: /commitments?department=${departmentId} (page 1)`]: listStatement({ department: String(departmentId) }, today),
    "list: /commitments?page=150 (offset 7450)": listStatement({ page: "150" }, today),
    [`dashboard floor: status lights of report ${reportId} overall / per section / per department`]: dashboardStatement(reportId, today),
    "review: queue, awaiting verification and change requests with their counts (floor query)": reviewStatement(today),
  };
  const out: Record<string, string> = {};
  for (const [name, s] of Object.entries(plans)) {
    await pool.query(s.text, s.values); // warm the cache first: the bench measures a warm server
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
    out[name] = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
  }
  return out;
}
