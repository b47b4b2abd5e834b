import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { claimPendingRequest } from "./claim-pending-request";
import { ZRefuseChangeRequest } from "./types";

/** A reviewer refuses 延期 / 调整 with a note; the commitment stays as it is. */
export const refuseChangeRequest = defineAction({
  name: "changeRequest.refuse",
  subject: { entity: "ChangeRequest", id: "changeRequestId" },
  permission: "changeRequest.review",
  schema: ZRefuseChangeRequest,
  async run({ actor, input, tx }) {
    const reviewedAt = new Date();
    const request = await claimPendingRequest(tx, input.changeRequestId, { state: "REFUSED", reviewerId: actor.id, reviewNote: input.note, reviewedAt });
    return {
      result: { changeRequestId: request.id, commitmentId: request.commitmentId },
      audit: [
        { action: "changeRequest.refuse", entity: "ChangeRequest", entityId: request.id, before: { state: "PENDING" }, after: { state: "REFUSED", reviewerId: actor.id, reviewNote: input.note, reviewedAt } },
      ],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
