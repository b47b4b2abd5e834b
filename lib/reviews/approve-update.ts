import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/actions/errors";
import { computePercent, toNumber } from "@/lib/updates/compute-percent";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { applyApprovedFigures } from "./apply-approved-figures";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { claimSubmittedUpdate } from "./claim-submitted-update";
import { ZApproveUpdate } from "./types";
import { isOpen } from "@/lib/commitments/commitment-status";
import { decimalParam } from "@/lib/database/decimal-param";

/**
 * A reviewer approves a submitted update; in the same transaction its figures become the
 * commitment's latest (when they are the newest reading). The percent is computed again against
 * the target as it is now, in case an adjustment was approved since the update was submitted.
 */
export const approveUpdate = defineAction({
  name: "update.approve",
  subject: { entity: "ProgressUpdate", id: "updateId" },
  permission: "update.review",
  schema: ZApproveUpdate,
  async run({ actor, input, tx }) {
    const reviewedAt = new Date();
    const update = await claimSubmittedUpdate(tx, input.updateId, { state: "APPROVED", reviewerId: actor.id, reviewNote: input.note, reviewedAt });
    // Locked before it is read: the percent is computed from the target that the figures are
    // then applied to, even if a target adjustment is approved at the same moment.
    await lockCommitment(tx, update.commitmentId);
    // Read on its own, not as the update's relation: with relationJoins a related row comes back
    // through JSON, which rounds decimals past ~16 significant digits — the target the percent is
    // computed from and the figures the audit event records as "before" must be exact.
    const commitment = await tx.commitment.findUniqueOrThrow({ where: { id: update.commitmentId } });
    // A verified (or withdrawn) commitment is closed: new figures would leave it "已核验" with
    // other figures than it was verified on. The update can still be returned.
    if (!isOpen(commitment.status)) throw invalid("workflow.review.closed");
    const percent = computePercent(commitment, update);
    if (percent !== toNumber(update.percent)) {
      await tx.progressUpdate.update({ where: { id: update.id }, data: { percent: decimalParam(percent) } });
    }
    const applied = await applyApprovedFigures(tx, { ...update, percent }, commitment);
    return {
      result: { updateId: update.id, commitmentId: update.commitmentId, appliedToCommitment: applied !== null },
      audit: [
        {
          action: "update.approve",
          entity: "ProgressUpdate",
          entityId: update.id,
          before: { state: "SUBMITTED", percent: update.percent },
          after: { state: "APPROVED", percent, reviewerId: actor.id, reviewNote: input.note, reviewedAt },
        },
        ...(applied
          ? [{ action: "commitment.latestFigures", entity: "Commitment", entityId: update.commitmentId, before: applied.before, after: applied.after }]
          : []),
      ],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
