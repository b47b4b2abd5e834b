import "server-only";
import { toIsoDay } from "@/lib/progress/iso-day";
import { todayIsoDay } from "@/lib/time/today";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/actions/errors";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { computePercent } from "@/lib/updates/compute-percent";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { remeasureReading } from "@/lib/updates/remeasure-reading";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { claimPendingRequest } from "./claim-pending-request";
import { ZApproveChangeRequest } from "./types";
import { isOpen } from "@/lib/commitments/commitment-status";
import { decimalParam } from "@/lib/database/decimal-param";

const changedSelect = {
  deadline: true,
  targetValue: true,
  targetMin: true,
  targetMax: true,
  latestPercent: true,
  version: true,
  originalDeadline: true,
  originalTargetValue: true,
  originalTargetMin: true,
  originalTargetMax: true,
} as const;

/**
 * A reviewer grants 延期 / 调整: the commitment gets the new deadline or target, its original*
 * fields keep what the report said. After a new target the latest approved figure is measured
 * against it, so the status light follows the adjusted promise.
 */
export const approveChangeRequest = defineAction({
  name: "changeRequest.approve",
  subject: { entity: "ChangeRequest", id: "changeRequestId" },
  permission: "changeRequest.review",
  schema: ZApproveChangeRequest,
  async run({ actor, input, tx }) {
    const reviewedAt = new Date();
    const request = await claimPendingRequest(tx, input.changeRequestId, { state: "APPROVED", reviewerId: actor.id, reviewNote: input.note, reviewedAt });
    await lockCommitment(tx, request.commitmentId);
    const current = await tx.commitment.findUniqueOrThrow({ where: { id: request.commitmentId } });
    // A verified (or withdrawn) commitment is closed: a new target or deadline would leave it
    // "已核验" under 100% of its own target. The request can still be refused.
    if (!isOpen(current.status)) throw invalid("workflow.change.closed");
    // Asked for when it was still ahead, the day may have passed while the request waited:
    // approved, the commitment would be overdue at once. The reviewer refuses it instead.
    const today = todayIsoDay();
    if (request.kind === "EXTEND_DEADLINE" && request.proposedDeadline && toIsoDay(request.proposedDeadline) < today) {
      throw invalid("workflow.change.deadlinePassed", { deadline: toIsoDay(request.proposedDeadline) });
    }
    const change =
      request.kind === "EXTEND_DEADLINE"
        ? { deadline: request.proposedDeadline ?? current.deadline }
        : { targetValue: request.proposedValue, targetMin: request.proposedMin, targetMax: request.proposedMax };
    const latestPercent =
      request.kind === "ADJUST_TARGET" && current.latestUpdateId !== null
        ? computePercent({ ...current, ...change }, { actualValue: current.latestActual, done: await latestDone(current.latestUpdateId) })
        : undefined;
    const after = await tx.commitment.update({
      where: { id: current.id },
      data: { ...change, ...(latestPercent !== undefined ? { latestPercent: decimalParam(latestPercent) } : {}), version: { increment: 1 } },
      select: changedSelect,
    });
    // Recorded on the request: a past day's view (as-of-sql.ts) reads this percent for that
    // update from the day of this approval on, and the update's own before it.
    const remeasured = latestPercent !== undefined ? { remeasuredUpdateId: current.latestUpdateId, remeasuredPercent: latestPercent } : null;
    if (remeasured) await tx.changeRequest.update({ where: { id: request.id }, data: { ...remeasured, remeasuredPercent: decimalParam(remeasured.remeasuredPercent) } });
    // Updates still waiting for review are measured against the new target too: the queue and
    // the commitment page show the percent their approval will store (approveUpdate computes it
    // again from the target in force), not the one of a target that no longer holds. Each one
    // changed is audited: its percent is no longer the one its author submitted.
    const remeasuredUpdates: AuditEntry[] = [];
    if (request.kind === "ADJUST_TARGET") {
      const waiting = await tx.progressUpdate.findMany({ where: { commitmentId: current.id, state: "SUBMITTED" }, select: { id: true, asOf: true, actualValue: true, done: true, percent: true } });
      for (const u of waiting) {
        const { audit } = await remeasureReading(tx, { ...current, ...change }, u, { changeRequestId: request.id });
        if (audit) remeasuredUpdates.push(audit);
      }
    }
    const before = Object.fromEntries(Object.keys(changedSelect).map((k) => [k, current[k as keyof typeof changedSelect]]));
    return {
      result: { changeRequestId: request.id, commitmentId: request.commitmentId },
      audit: [
        { action: "changeRequest.approve", entity: "ChangeRequest", entityId: request.id, before: { state: "PENDING" }, after: { state: "APPROVED", reviewerId: actor.id, reviewNote: input.note, reviewedAt, ...remeasured } },
        { action: `commitment.${request.kind === "EXTEND_DEADLINE" ? "extendDeadline" : "adjustTarget"}`, entity: "Commitment", entityId: current.id, before, after },
        ...remeasuredUpdates,
      ],
    };

    async function latestDone(updateId: number) {
      return (await tx.progressUpdate.findUniqueOrThrow({ where: { id: updateId }, select: { done: true } })).done;
    }
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
