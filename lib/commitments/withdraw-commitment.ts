import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { ZWithdrawCommitment } from "./types";
import { recordClosing } from "./closure-history";

/**
 * An admin withdraws a commitment (撤销): it stays on record, counts nowhere (the dashboard, the
 * trend and the public page leave withdrawn ones out) and takes no more figures. What waits on it
 * is answered in the same transaction with the admin's reason — readings returned, 延期 / 调整
 * requests refused, a reminder (催办) ended — so no official waits on a decision that can no longer come, and no reviewer
 * is left a queue item that can only be returned. A verified commitment, or one closed as not delivered, is decided, not withdrawn.
 */
export const withdrawCommitment = defineAction({
  name: "commitment.withdraw",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.withdraw",
  schema: ZWithdrawCommitment,
  async run({ actor, input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: { status: true, version: true } });
    if (!current) throw notFound();
    if (current.status === "WITHDRAWN") throw new ExpectedError("conflict", "withdraw.already");
    if (current.status === "VERIFIED" || current.status === "UNMET") throw invalid("withdraw.decided");
    if (input.version !== current.version) throw conflict();
    const decidedAt = new Date();
    const answered = { reviewerId: actor.id, reviewNote: input.reason, reviewedAt: decidedAt };
    // Claimed by their state in one statement each, as a reviewer's decision is: one a reviewer
    // decided a moment before is not overwritten, nor logged as answered here.
    const waiting = await tx.progressUpdate.updateManyAndReturn({ where: { commitmentId: input.commitmentId, state: "SUBMITTED" }, data: { state: "RETURNED", ...answered }, select: { id: true } });
    const pending = await tx.changeRequest.updateManyAndReturn({ where: { commitmentId: input.commitmentId, state: "PENDING" }, data: { state: "REFUSED", ...answered }, select: { id: true } });
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
      select: { status: true, version: true },
    });
    const reminders = await recordClosing(tx, input.commitmentId, { status: "WITHDRAWN", previousStatus: current.status, at: decidedAt, note: input.reason });
    const audit: AuditEntry[] = [
      { action: "commitment.withdraw", entity: "Commitment", entityId: input.commitmentId, before: current, after: { ...after, withdrawReason: input.reason } },
      ...waiting.map((u) => ({ action: "update.return", entity: "ProgressUpdate", entityId: u.id, before: { state: "SUBMITTED" }, after: { state: "RETURNED", ...answered } })),
      ...pending.map((r) => ({ action: "changeRequest.refuse", entity: "ChangeRequest", entityId: r.id, before: { state: "PENDING" }, after: { state: "REFUSED", ...answered } })),
      ...reminders,
    ];
    return { result: { commitmentId: input.commitmentId, returned: waiting.length, refused: pending.length }, audit };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
