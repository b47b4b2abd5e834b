import { invalid } from "@/lib/actions/errors";

/** What still waits on a commitment, counted in the read of the commitment itself (filtered relation counts). */
export const waitingCountSelect = {
  _count: { select: { updates: { where: { state: "SUBMITTED" } }, changeRequests: { where: { state: "PENDING" } } } },
} as const;

/**
 * A closing decision (核验, 未完成办结) waits until every reading and request on the commitment is
 * decided: once closed, a waiting reading could only be returned and a waiting 延期 / 调整 only
 * refused, and either could change what is being decided. Only what waits is named: "0 项申请"
 * is not something to decide.
 */
export function refuseWhileWaiting(counts: { updates: number; changeRequests: number }, decision: "verify" | "unmet"): void {
  const { updates, changeRequests: changes } = counts;
  if (updates > 0 && changes > 0) throw invalid(`workflow.${decision}.pending`, { updates, changes });
  if (updates > 0) throw invalid(`workflow.${decision}.pendingUpdates`, { updates });
  if (changes > 0) throw invalid(`workflow.${decision}.pendingChanges`, { changes });
}
