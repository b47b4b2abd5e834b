import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError } from "@/lib/actions/errors";
import { findScopedCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { proposedChange } from "./proposed-change";
import { ZRequestChange } from "./types";
import { isOpen } from "@/lib/commitments/commitment-status";
import { closedRefusal } from "@/lib/updates/closed-refusal";
import { todayIsoDay } from "@/lib/time/today";

/**
 * An official asks for 延期 or 调整 of a commitment of their department. One pending request per
 * commitment and kind: the commitment row is locked before counting, so two requests sent at
 * once cannot both pass the check.
 */
export const requestChange = defineAction({
  name: "changeRequest.submit",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "changeRequest.submit",
  schema: ZRequestChange,
  async run({ actor, input, tx }) {
    const commitment = await findScopedCommitment(tx, actor, input.commitmentId, { lock: "update" });
    if (!isOpen(commitment.status)) throw closedRefusal(commitment);
    const proposed = proposedChange(commitment, input, todayIsoDay());
    const pending = await tx.changeRequest.count({ where: { commitmentId: commitment.id, kind: input.kind, state: "PENDING" } });
    if (pending > 0) throw new ExpectedError("conflict", "workflow.change.pendingExists");
    const created = await tx.changeRequest.create({
      data: { commitmentId: commitment.id, kind: input.kind, requesterId: actor.id, reason: input.reason, ...proposed },
      select: { id: true, commitmentId: true, kind: true, state: true, reason: true, proposedDeadline: true, proposedValue: true, proposedMin: true, proposedMax: true },
    });
    return {
      result: { changeRequestId: created.id, commitmentId: commitment.id },
      audit: [{ action: "changeRequest.submit", entity: "ChangeRequest", entityId: created.id, after: created }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
