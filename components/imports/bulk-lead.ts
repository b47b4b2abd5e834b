import { chooseLead } from "./review-rows";
import type { ReviewRow } from "./review-types";

/**
 * One lead department set on the selected rows at once, as the editor sets it (chooseLead), on
 * the rows that will be imported only: a rejected row is left as it was (restored, it has its own
 * lead again), and counted for the answer to say so — "select all" takes the rejected rows too.
 */
export function bulkLead(
  rows: readonly ReviewRow[],
  selected: ReadonlySet<string>,
  lead: number,
  officials: readonly { id: number; departmentId: number | null }[],
): { patches: Map<string, Partial<ReviewRow>>; rejectedLeft: number } {
  const chosen = rows.filter((r) => selected.has(r.key));
  return {
    patches: new Map(chosen.filter((r) => !r.rejected).map((r) => [r.key, chooseLead(r, lead, officials).patch])),
    rejectedLeft: chosen.filter((r) => r.rejected).length,
  };
}
