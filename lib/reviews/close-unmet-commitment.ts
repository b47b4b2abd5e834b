import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import { commitmentLight, commitmentLightSelect } from "@/lib/commitments/commitment-light";
import { todayIsoDay } from "@/lib/time/today";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { refuseWhileWaiting, waitingCountSelect } from "./refuse-while-waiting";
import { ZCloseUnmetCommitment } from "./types";
import { recordClosing } from "@/lib/commitments/closure-history";

export const unmetSelect = { status: true, unmetAt: true, unmetById: true, unmetNote: true, version: true } as const;

/**
 * The supervising office closes a missed target (未完成办结): its deadline has passed undone (the
 * light, judged today in Beijing, is OVERDUE), and the office records why. It is then closed like
 * a verified one — no more figures, approvals or requests, off every to-do list and no longer
 * flagged stale — and counted as not delivered: in the denominator of every completion rate, never
 * in the completed. A reviewer can reopen it (reopen-commitment.ts) if the closing was a mistake.
 */
export const closeUnmetCommitment = defineAction({
  name: "commitment.closeUnmet",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.closeUnmet",
  schema: ZCloseUnmetCommitment,
  async run({ actor, input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({
      where: { id: input.commitmentId },
      select: { ...unmetSelect, ...commitmentLightSelect, ...waitingCountSelect },
    });
    if (!current) throw notFound();
    if (current.status === "UNMET") throw new ExpectedError("conflict", "workflow.unmet.already");
    if (current.status === "VERIFIED") throw invalid("workflow.unmet.verified");
    if (current.status === "WITHDRAWN") throw invalid("workflow.unmet.withdrawn");
    if (input.version !== current.version) throw conflict();
    // Only a miss is closed as one: a target still in time may yet be met, one met is verified.
    if (commitmentLight(current, todayIsoDay()) !== "OVERDUE") throw invalid("workflow.unmet.notOverdue");
    refuseWhileWaiting(current._count, "unmet");
    const before = { status: current.status, unmetAt: current.unmetAt, unmetById: current.unmetById, unmetNote: current.unmetNote, version: current.version };
    const unmetAt = new Date();
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: { status: "UNMET", unmetAt, unmetById: actor.id, unmetNote: input.note, version: { increment: 1 } },
      select: unmetSelect,
    });
    const reminders = await recordClosing(tx, input.commitmentId, { status: "UNMET", previousStatus: current.status, at: unmetAt, note: input.note });
    return {
      result: { commitmentId: input.commitmentId },
      audit: [{ action: "commitment.closeUnmet", entity: "Commitment", entityId: input.commitmentId, before, after }, ...reminders],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
