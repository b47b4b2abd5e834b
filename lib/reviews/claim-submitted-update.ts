import "server-only";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";

/**
 * Moves a SUBMITTED update to its decision with one conditional UPDATE. Two reviewers deciding
 * the same update at once: PostgreSQL lets one UPDATE through, the other finds the state changed
 * (count 0) and is told someone else got there first.
 */
export async function claimSubmittedUpdate(
  tx: Tx,
  updateId: number,
  decision: { state: "APPROVED" | "RETURNED"; reviewerId: number; reviewNote: string | null; reviewedAt: Date },
): Promise<void> {
  const claimed = await tx.progressUpdate.updateMany({ where: { id: updateId, state: "SUBMITTED" }, data: decision });
  if (claimed.count === 1) return;
  const exists = await tx.progressUpdate.findUnique({ where: { id: updateId }, select: { id: true } });
  if (!exists) throw notFound();
  throw new ExpectedError("conflict", "workflow.review.alreadyHandled");
}
