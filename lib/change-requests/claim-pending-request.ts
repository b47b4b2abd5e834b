import "server-only";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";

/** Decides a PENDING request with one conditional UPDATE: of two reviewers racing, one wins. */
export async function claimPendingRequest(
  tx: Tx,
  changeRequestId: number,
  decision: { state: "APPROVED" | "REFUSED"; reviewerId: number; reviewNote: string | null; reviewedAt: Date },
) {
  const claimed = await tx.changeRequest.updateMany({ where: { id: changeRequestId, state: "PENDING" }, data: decision });
  if (claimed.count === 0) {
    const exists = await tx.changeRequest.findUnique({ where: { id: changeRequestId }, select: { commitment: { select: { status: true } }, reviewer: { select: { role: true } } } });
    if (!exists) throw notFound();
    // Refused with the rest when its commitment was withdrawn (an admin's answer: reviewers decide
    // otherwise): say so, not "another reviewer".
    if (exists.commitment.status === "WITHDRAWN" && exists.reviewer?.role === "ADMIN") throw new ExpectedError("conflict", "workflow.review.withdrawn");
    throw new ExpectedError("conflict", "workflow.change.alreadyHandled");
  }
  return tx.changeRequest.findUniqueOrThrow({ where: { id: changeRequestId } });
}
