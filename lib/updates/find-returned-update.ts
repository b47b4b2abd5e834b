import "server-only";
import { ExpectedError, invalid } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";

/**
 * The returned update a resubmission answers: it must belong to the same commitment (already
 * scoped), be RETURNED, and not have been answered yet (resubmitsId is unique as well).
 */
export async function findReturnedUpdate(tx: Tx, updateId: number, commitmentId: number) {
  const returned = await tx.progressUpdate.findFirst({
    where: { id: updateId, commitmentId },
    select: { id: true, state: true, resubmittedBy: { select: { id: true } }, evidence: { select: { id: true } } },
  });
  if (!returned || returned.state !== "RETURNED") throw invalid("workflow.update.notReturned"); // its field is hidden: said as the form's answer
  if (returned.resubmittedBy) throw new ExpectedError("conflict", "workflow.update.alreadyResubmitted");
  return returned;
}
