import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { claimSubmittedUpdate } from "./claim-submitted-update";
import { ZReturnUpdate } from "./types";

/** A reviewer sends an update back with a note; the official answers it with a resubmission. */
export const returnUpdate = defineAction({
  name: "update.return",
  subject: { entity: "ProgressUpdate", id: "updateId" },
  permission: "update.review",
  schema: ZReturnUpdate,
  async run({ actor, input, tx }) {
    const reviewedAt = new Date();
    await claimSubmittedUpdate(tx, input.updateId, { state: "RETURNED", reviewerId: actor.id, reviewNote: input.note, reviewedAt });
    const { commitmentId } = await tx.progressUpdate.findUniqueOrThrow({ where: { id: input.updateId }, select: { commitmentId: true } });
    return {
      result: { updateId: input.updateId, commitmentId },
      audit: [
        {
          action: "update.return",
          entity: "ProgressUpdate",
          entityId: input.updateId,
          before: { state: "SUBMITTED" },
          after: { state: "RETURNED", reviewerId: actor.id, reviewNote: input.note, reviewedAt },
        },
      ],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
