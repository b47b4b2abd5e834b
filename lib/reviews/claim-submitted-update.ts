import "server-only";
import { ExpectedError, notFound } from "@/lib/actions/errors";
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
  const exists = await tx.progressUpdate.findUnique({ where: { id: updateId }, select: { commitment: { select: { status: true } }, reviewer: { select: { role: true } } } });
  if (!exists) throw notFound();
  // Returned with the rest when its commitment was withdrawn (an admin's answer: reviewers decide
  // otherwise): say so, not "another reviewer".
  if (exists.commitment.status === "WITHDRAWN" && exists.reviewer?.role === "ADMIN") throw new ExpectedError("conflict", "workflow.review.withdrawn");
  throw new ExpectedError("conflict", "workflow.review.alreadyHandled");
}
