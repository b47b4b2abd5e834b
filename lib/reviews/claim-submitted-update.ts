import "server-only";
import { alreadyDecided, decidedItemSelect } from "@/lib/commitments/already-decided";
import type { Tx } from "@/lib/db";

/**
 * Moves a SUBMITTED update to its decision with one conditional UPDATE. Two reviewers deciding
 * the same update at once: PostgreSQL lets one UPDATE through, the other finds the state changed
 * (no row back) and is told someone else got there first. Returns the update as claimed (its
 * commitment and figures), so the caller need not read it again.
 */
export async function claimSubmittedUpdate(
  tx: Tx,
  updateId: number,
  decision: { state: "APPROVED" | "RETURNED"; reviewerId: number; reviewNote: string | null; reviewedAt: Date },
) {
  const [claimed] = await tx.progressUpdate.updateManyAndReturn({
    where: { id: updateId, state: "SUBMITTED" },
    data: decision,
    select: { id: true, commitmentId: true, asOf: true, actualValue: true, done: true, percent: true },
  });
  if (claimed) return claimed;
  throw alreadyDecided(await tx.progressUpdate.findUnique({ where: { id: updateId }, select: decidedItemSelect }), "workflow.review.alreadyHandled");
}
