import "server-only";
import { alreadyDecided, decidedItemSelect } from "@/lib/commitments/already-decided";
import type { Tx } from "@/lib/db";

/** Decides a PENDING request with one conditional UPDATE: of two reviewers racing, one wins. */
export async function claimPendingRequest(
  tx: Tx,
  changeRequestId: number,
  decision: { state: "APPROVED" | "REFUSED"; reviewerId: number; reviewNote: string | null; reviewedAt: Date },
) {
  const claimed = await tx.changeRequest.updateMany({ where: { id: changeRequestId, state: "PENDING" }, data: decision });
  if (claimed.count === 0) throw alreadyDecided(await tx.changeRequest.findUnique({ where: { id: changeRequestId }, select: decidedItemSelect }), "workflow.change.alreadyHandled");
  return tx.changeRequest.findUniqueOrThrow({ where: { id: changeRequestId } });
}
