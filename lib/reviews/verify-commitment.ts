import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import { commitmentLight, commitmentLightSelect } from "@/lib/commitments/commitment-light";
import { todayIsoDay } from "@/lib/time/today";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { refuseWhileWaiting, waitingCountSelect } from "./refuse-while-waiting";
import { ZVerifyCommitment } from "./types";
import { recordClosing } from "@/lib/commitments/closure-history";

const verifySelect = { status: true, verifiedAt: true, verifiedById: true, verifyNote: true, version: true } as const;

/**
 * A reviewer confirms a commitment is done (核验). Only what approved figures show as complete
 * can be verified: the latest approved percent is 100 (a milestone reported done is 100 too) and
 * the status light, judged today in Beijing, is COMPLETED. A growth rate or ceiling met mid-year
 * (a range of rates too) is only on track: verifying it would close the commitment to the figures still to come.
 */
export const verifyCommitment = defineAction({
  name: "commitment.verify",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.verify",
  schema: ZVerifyCommitment,
  async run({ actor, input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({
      where: { id: input.commitmentId },
      select: { ...verifySelect, ...commitmentLightSelect, ...waitingCountSelect },
    });
    if (!current) throw notFound();
    if (current.status === "VERIFIED") throw new ExpectedError("conflict", "workflow.verify.already");
    if (current.status === "WITHDRAWN") throw invalid("workflow.verify.withdrawn");
    if (current.status === "UNMET") throw invalid("workflow.verify.unmet");
    if (input.version !== current.version) throw conflict();
    if (current.latestPercent === null || Number(current.latestPercent) < 100) throw invalid("workflow.verify.notComplete");
    if (commitmentLight(current, todayIsoDay()) !== "COMPLETED") throw invalid("workflow.verify.notCompleted");
    refuseWhileWaiting(current._count, "verify");
    // The audit's "before" holds the fields the verification changes, as "after" does.
    const before = { status: current.status, verifiedAt: current.verifiedAt, verifiedById: current.verifiedById, verifyNote: current.verifyNote, version: current.version };
    const verifiedAt = new Date();
    const after = await tx.commitment.update({
      where: { id: input.commitmentId },
      data: { status: "VERIFIED", verifiedAt, verifiedById: actor.id, verifyNote: input.note, version: { increment: 1 } },
      select: verifySelect,
    });
    const reminders = await recordClosing(tx, input.commitmentId, { status: "VERIFIED", previousStatus: current.status, at: verifiedAt, note: input.note });
    return {
      result: { commitmentId: input.commitmentId },
      audit: [{ action: "commitment.verify", entity: "Commitment", entityId: input.commitmentId, before, after }, ...reminders],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
