import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, notFound } from "@/lib/actions/errors";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { OPEN_STATUSES } from "./commitment-status";
import { ZWithdrawCommitment } from "./types";
import { recordReopening } from "./closure-history";

/**
 * An admin puts a withdrawn commitment back (恢复), with the reason: it is open again (with the
 * status it had), counted
 * again, and its officials report on it again. Its figures are the ones it had; what was
 * returned or refused when it was withdrawn stays so (the officials send it again if it still holds).
 */
export const restoreCommitment = defineAction({
  name: "commitment.restore",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.withdraw",
  schema: ZWithdrawCommitment,
  async run({ input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { status: true, version: true } });
    if (!current) throw notFound();
    if (current.status !== "WITHDRAWN") throw new ExpectedError("conflict", "withdraw.notWithdrawn");
    if (input.version !== current.version) throw conflict();
    // Open again as it was when withdrawn (its closing's previous status): a commitment marked
    // completed comes back completed.
    const was = await recordReopening(tx, input.commitmentId, new Date());
    const status = OPEN_STATUSES.find((s) => s === was) ?? "ACTIVE";
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: { status, version: { increment: 1 } },
      select: { status: true, version: true },
    });
    return {
      result: { commitmentId: input.commitmentId },
      audit: [{ action: "commitment.restore", entity: "Commitment", entityId: input.commitmentId, before: current, after: { ...after, restoreReason: input.reason } }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
