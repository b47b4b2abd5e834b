import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import { isOpen } from "@/lib/commitments/commitment-status";
import { decimalParam } from "@/lib/database/decimal-param";
import type { Tx } from "@/lib/db";
import type { computePercent } from "@/lib/updates/compute-percent";
import { remeasureReading } from "@/lib/updates/remeasure-reading";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { isOvertakenReturn } from "@/lib/updates/later-reading";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { latestFiguresSelect } from "./apply-approved-figures";
import { ZRevokeApproval } from "./types";


/**
 * A reviewer takes back an approval found wrong afterwards (撤回审核通过): the reading goes back
 * to its official as returned, with the note saying what to correct, and they answer it with a
 * resubmission as any returned reading. When it was the commitment's latest reading, the figures
 * fall back to the latest approved reading left (measured against the target as it is now, as an
 * approval measures it), or to none. A verified, closed or withdrawn commitment is reopened first:
 * its figures are what it was decided on.
 */
export const revokeApproval = defineAction({
  name: "update.revoke",
  subject: { entity: "ProgressUpdate", id: "updateId" },
  permission: "update.review",
  schema: ZRevokeApproval,
  async run({ actor, input, tx }) {
    const reviewedAt = new Date();
    const before = await tx.progressUpdate.findUnique({ where: { id: input.updateId }, select: { state: true, reviewerId: true, reviewNote: true, reviewedAt: true } });
    if (!before) throw notFound();
    // Claimed by its state in one statement, as a decision is: taken back twice at once, one
    // reviewer is told it already was.
    const [update] = await tx.progressUpdate.updateManyAndReturn({
      where: { id: input.updateId, state: "APPROVED" },
      data: { state: "RETURNED", reviewerId: actor.id, reviewNote: input.note, reviewedAt, revokedAt: reviewedAt },
      select: { id: true, commitmentId: true, asOf: true },
    });
    if (!update) throw new ExpectedError("conflict", "workflow.revoke.notApproved");
    await lockCommitment(tx, update.commitmentId);
    const commitment = await tx.commitment.findUniqueOrThrow({ where: { id: update.commitmentId } });
    if (!isOpen(commitment.status)) throw invalid("workflow.revoke.closed");
    const figures = commitment.latestUpdateId === update.id ? await fallBack(tx, commitment) : null;
    const remeasured: AuditEntry[] = figures?.remeasured ? [figures.remeasured] : [];
    return {
      // Not the latest, and sent before the latest: that reading overtook it, so it is not on the
      // official's to-do list (returned-updates-where.ts); the reviewer is told so rather than
      // promised it. A late report of an earlier day stays to answer.
      result: { updateId: update.id, commitmentId: update.commitmentId, overtaken: figures === null && isOvertakenReturn(commitment, update) },
      audit: [
        {
          action: "update.revoke",
          entity: "ProgressUpdate",
          entityId: update.id,
          before,
          after: { state: "RETURNED", reviewerId: actor.id, reviewNote: input.note, reviewedAt },
        },
        ...remeasured,
        ...(figures ? [{ action: "commitment.latestFigures", entity: "Commitment", entityId: update.commitmentId, before: figures.before, after: figures.after }] : []),
      ],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});

type CommitmentRow = Parameters<typeof computePercent>[0] & { id: number } & Record<keyof typeof latestFiguresSelect, unknown>;

/**
 * The commitment's figures from its latest approved reading left (latest day, then latest sent),
 * or none. That reading becomes the latest as an approval would make it: measured against the
 * target in force, and a percent that changed (a 调整 approved since) written onto it too, so
 * past-day views (as-of-sql.ts) read what the row shows.
 */
async function fallBack(tx: Tx, commitment: CommitmentRow) {
  const reading = await tx.progressUpdate.findFirst({
    where: { commitmentId: commitment.id, state: "APPROVED" },
    orderBy: [{ asOf: "desc" }, { id: "desc" }],
    select: { id: true, asOf: true, actualValue: true, done: true, percent: true },
  });
  const before = Object.fromEntries(Object.keys(latestFiguresSelect).map((key) => [key, commitment[key as keyof typeof latestFiguresSelect]]));
  const { percent, audit: remeasured } = reading ? await remeasureReading(tx, commitment, reading) : { percent: null, audit: null };
  const after = await tx.commitment.update({
    where: { id: commitment.id },
    data: reading
      ? { latestActual: reading.actualValue, latestPercent: decimalParam(percent), latestAsOf: reading.asOf, latestUpdateId: reading.id, version: { increment: 1 } }
      : { latestActual: null, latestPercent: null, latestAsOf: null, latestUpdateId: null, version: { increment: 1 } },
    select: latestFiguresSelect,
  });
  return { before, after, remeasured };
}
