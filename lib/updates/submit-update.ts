import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/actions/errors";
import { evidenceProblems, prepareEvidence } from "@/lib/evidence/prepare-evidence";
import { copyEvidence, storeEvidence } from "@/lib/evidence/store-evidence";
import { MAX_EVIDENCE_FILES } from "@/lib/evidence/types";
import { todayIsoDay } from "@/lib/time/today";
import { checkReading } from "./check-reading";
import { computePercent } from "./compute-percent";
import { findReturnedUpdate, findSoleReturnToAnswer } from "./find-returned-update";
import { findRepeatedReadings } from "./find-repeated-readings";
import { findScopedCommitment } from "./find-scoped-commitment";
import { ZSubmitUpdate } from "./types";
import { workflowPaths } from "./workflow-paths";
import { isOpen } from "@/lib/commitments/commitment-status";
import { closedRefusal } from "./closed-refusal";
import { decimalParam } from "@/lib/database/decimal-param";

/**
 * An official reports progress on a commitment of their department. The update waits as
 * SUBMITTED until a reviewer approves it; only approved figures reach the commitment. It answers
 * the returned update the form names (修改后重新报送), or, sent plain, the commitment's only return
 * still to answer (findSoleReturnToAnswer).
 */
export const submitUpdate = defineAction({
  name: "update.submit",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "update.submit",
  schema: ZSubmitUpdate,
  // Every file's mistake (its type by content, its size, text named as a PDF) and too many with
  // those kept, said with the form's own mistakes in one answer, before anything is written. The
  // kept files are counted as sent; run counts those of the returned update again.
  async fieldChecks({ evidence = [], keepEvidenceIds = [], resubmitsId }) {
    const kept = resubmitsId == null ? 0 : keepEvidenceIds.length;
    const tooMany = evidence.length + kept > MAX_EVIDENCE_FILES ? [{ field: "evidence", messageKey: "workflow.evidence.tooMany" } as const] : [];
    return [...tooMany, ...evidenceProblems(evidence)];
  },
  async run({ actor, input, tx }) {
    // Locked FOR SHARE before its status is read: a verification committing meanwhile is seen
    // (and refuses this update as closed) rather than missed.
    const commitment = await findScopedCommitment(tx, actor, input.commitmentId, { lock: "share" });
    if (!isOpen(commitment.status)) throw closedRefusal(commitment);
    const reading = checkReading(commitment, input, todayIsoDay());
    // First: it takes the lock on the commitment's readings, under which the return is read, so
    // that two answers sent at once meet as one answered and one refused.
    const [repeated] = (await findRepeatedReadings(tx, [{ commitmentId: commitment.id, asOf: input.asOf, ...reading, narrative: input.narrative }])).values();
    const named = input.resubmitsId != null;
    const returned = input.resubmitsId ? await findReturnedUpdate(tx, input.resubmitsId, commitment.id) : await findSoleReturnToAnswer(tx, commitment.id);
    // A plain reading answering the return keeps all its files, as a sheet's row does: the form
    // showed none to untick.
    const keep = !returned ? [] : named ? input.keepEvidenceIds.filter((id) => returned.evidenceIds.includes(id)) : returned.evidenceIds;
    if (keep.length + input.evidence.length > MAX_EVIDENCE_FILES) {
      throw named || !returned
        ? invalid("workflow.evidence.tooMany", undefined, "evidence")
        : invalid("workflow.update.answerTooManyFiles", { asOf: returned.asOf, kept: keep.length }, "evidence");
    }
    const files = input.evidence.map(prepareEvidence);
    // The same reading sent again (a second click, a reload that resent the form) adds nothing;
    // one with files attached may be how an official adds the evidence they forgot. An answer to a
    // return is none when it names it, or is of its day (as a sheet's row): the official may answer
    // that the figure approved before was right.
    if (repeated && !(named || returned?.asOf === input.asOf) && files.length === 0) {
      throw invalid(repeated.state === "APPROVED" ? "workflow.update.repeatApproved" : "workflow.update.repeat", { asOf: input.asOf });
    }

    const update = await tx.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: actor.id,
        asOf: new Date(`${input.asOf}T00:00:00Z`),
        actualValue: decimalParam(reading.actualValue),
        done: reading.done,
        percent: decimalParam(computePercent(commitment, reading)),
        narrative: input.narrative,
        resubmitsId: returned?.id ?? null,
      },
      select: { id: true, commitmentId: true, asOf: true, actualValue: true, done: true, percent: true, narrative: true, state: true, resubmitsId: true },
    });
    const evidence = [
      ...(returned ? await copyEvidence(tx, [{ fromUpdateId: returned.id, toUpdateId: update.id, evidenceIds: keep }]) : []).map(({ updateId: _, ...file }) => file),
      ...(await storeEvidence(tx, update.id, files)),
    ];
    return {
      // The day of the return a plain reading answered, for the form to say so: the official did not choose it.
      result: { updateId: update.id, commitmentId: commitment.id, answered: returned && !named ? returned.asOf : null },
      audit: [{ action: returned ? "update.resubmit" : "update.submit", entity: "ProgressUpdate", entityId: update.id, after: { ...update, evidence } }],
    };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
