import "server-only";
import { ExpectedError, invalid } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { findReturnsToAnswer, type ReturnToAnswer } from "./find-returns-to-answer";

/**
 * The returned update a resubmission answers: it must belong to the same commitment (already
 * scoped), be RETURNED, not have been answered yet (resubmitsId is unique as well), and still be
 * to answer by the rule of my work and of the commitment page (RETURNED_TO_ANSWER_SQL, read by
 * findReturnsToAnswer): one a later approved reading stands over, or reported again since, has
 * nothing left to answer — the page no longer offers 修改后重新报送 for it, and a form drawn
 * before that (another tab, a colleague's report) is refused rather than answering it anyway.
 * Read under the readings' lock (findRepeatedReadings), as the sheet reads its returns.
 */
export async function findReturnedUpdate(tx: Tx, updateId: number, commitmentId: number): Promise<ReturnToAnswer> {
  const returned = await tx.progressUpdate.findFirst({
    where: { id: updateId, commitmentId },
    select: { state: true, resubmittedBy: { select: { id: true } } },
  });
  if (!returned || returned.state !== "RETURNED") throw invalid("workflow.update.notReturned"); // its field is hidden: said as the form's answer
  if (returned.resubmittedBy) throw new ExpectedError("conflict", "workflow.update.alreadyResubmitted");
  const toAnswer = (await findReturnsToAnswer(tx, [commitmentId])).get(commitmentId)?.find((r) => r.id === updateId);
  if (!toAnswer) throw new ExpectedError("conflict", "workflow.update.returnSettled");
  return toAnswer;
}

/**
 * The return a plain reading (sent without naming one) answers: the commitment's return still to
 * answer when it has exactly one — the official reported instead of pressing 修改后重新报送, and the
 * reviewer reads the reading as the answer to their note, as a progress sheet's row goes
 * (submit-bulk-updates.ts). With several waiting, none is guessed: each has its own
 * 修改后重新报送 on the page. Null when none waits. Read under the readings' lock, as above.
 */
export async function findSoleReturnToAnswer(tx: Tx, commitmentId: number): Promise<ReturnToAnswer | null> {
  const returns = (await findReturnsToAnswer(tx, [commitmentId])).get(commitmentId) ?? [];
  return returns.length === 1 ? returns[0] : null;
}
