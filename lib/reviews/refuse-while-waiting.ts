import { invalid } from "@/lib/actions/errors";
import type { MessageParams, Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";

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
  const waiting = whatWaits(counts, decision);
  if (waiting) throw invalid(waiting.messageKey, waiting.params);
}

/** What waits on a commitment, in the words a closing decision is refused with; null when nothing does. */
export function whatWaits({ updates, changeRequests: changes }: { updates: number; changeRequests: number }, decision: "verify" | "unmet"): { messageKey: MessageKey; params: MessageParams } | null {
  if (updates > 0 && changes > 0) return { messageKey: `workflow.${decision}.pending`, params: { updates, changes } };
  if (updates > 0) return { messageKey: `workflow.${decision}.pendingUpdates`, params: { updates } };
  if (changes > 0) return { messageKey: `workflow.${decision}.pendingChanges`, params: { changes } };
  return null;
}

/** What waits on a commitment, said in the reader's language; null when nothing does. */
export function sayWhatWaits(t: Translate, counts: { updates: number; changeRequests: number }, decision: "verify" | "unmet"): string | null {
  const waiting = whatWaits(counts, decision);
  return waiting && t(waiting.messageKey, waiting.params);
}
