import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, notFound } from "@/lib/actions/errors";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { ZReopenCommitment } from "./types";
import { recordReopening } from "@/lib/commitments/closure-history";

const closingSelect = {
  status: true,
  verifiedAt: true,
  verifiedById: true,
  verifyNote: true,
  unmetAt: true,
  unmetById: true,
  unmetNote: true,
  version: true,
} as const;

/**
 * A reviewer takes back a closing decision (重新打开): a verification (核验) or a closing as missed
 * (未完成办结) made by mistake, or overtaken by facts. The commitment is open again, its light
 * computed from its approved figures as before, and its officials report on it again; the
 * decision's fields are cleared on the row and kept, with the reason, in the history.
 */
export const reopenCommitment = defineAction({
  name: "commitment.reopen",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.reopen",
  schema: ZReopenCommitment,
  async run({ input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: closingSelect });
    if (!current) throw notFound();
    if (current.status !== "VERIFIED" && current.status !== "UNMET") throw new ExpectedError("conflict", "workflow.reopen.notClosed");
    if (input.version !== current.version) throw conflict();
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: { status: "ACTIVE", verifiedAt: null, verifiedById: null, verifyNote: null, unmetAt: null, unmetById: null, unmetNote: null, version: { increment: 1 } },
      select: closingSelect,
    });
    await recordReopening(tx, input.commitmentId, new Date());
    return {
      result: { commitmentId: input.commitmentId, was: current.status },
      audit: [{ action: "commitment.reopen", entity: "Commitment", entityId: input.commitmentId, before: current, after: { ...after, reopenReason: input.note } }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
