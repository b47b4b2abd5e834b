import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError } from "@/lib/actions/errors";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { todayIsoDay } from "@/lib/time/today";
import { computePercent } from "@/lib/updates/compute-percent";
import { decimalParam } from "@/lib/database/decimal-param";
import { shareLockCommitments } from "@/lib/updates/find-scoped-commitment";
import { findRepeatedReadings } from "@/lib/updates/find-repeated-readings";
import { findReturnsToAnswer } from "@/lib/updates/find-returns-to-answer";
import { answeredReturn } from "@/lib/updates/answered-return";
import { copyEvidence, type CopiedEvidence } from "@/lib/evidence/store-evidence";
import { checkSheetRow, type RowReading } from "./check-sheet-row";
import { rowProblemParams, type RowProblem } from "./row-problem";
import { ZSubmitBulkUpdates } from "./types";

/**
 * Every filled-in row of a department's sheet becomes a SUBMITTED update, or none does: one bad
 * row refuses the whole file, with a message per bad row. A row answering a returned reading goes
 * as its resubmission (answeredReturn).
 */
export const submitBulkUpdates = defineAction({
  name: "update.submitBulk",
  subject: { entity: "Commitment" },
  permission: "update.submit",
  schema: ZSubmitBulkUpdates,
  async run({ actor, input, tx }) {
    const idOf = (raw: string) => {
      const id = Number(raw);
      return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null;
    };
    const ids = input.rows.map((r) => idOf(r.id)).filter((id): id is number => id !== null);
    // Locked before their status is read, as a single submission does (submit-update.ts).
    await shareLockCommitments(tx, ids);
    const commitments = await tx.commitment.findMany({
      where: { AND: [{ id: { in: ids } }, commitmentScopeWhere(actor)] },
      select: { id: true, kind: true, indicator: true, status: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, baseline: true, unit: true, report: { select: { year: true } } },
    });
    const byId = new Map(commitments.map((c) => [c.id, c]));
    const today = todayIsoDay();
    // Keyed by the number: "7" and "7.0" name the same commitment; the row it came first in is named.
    const seen = new Map<number, number>();
    const problems: { row: number; problem: RowProblem }[] = [];
    const readings: { commitment: (typeof commitments)[number]; reading: RowReading; row: number }[] = [];
    for (const row of input.rows) {
      const id = idOf(row.id);
      const commitment = id === null ? undefined : byId.get(id);
      if (!commitment) problems.push({ row: row.row, problem: { messageKey: "bulk.error.unknownCommitment", params: { id: row.id || "—" } } });
      else if (seen.has(commitment.id)) problems.push({ row: row.row, problem: { messageKey: "bulk.error.duplicate", params: { id: row.id, first: seen.get(commitment.id)! } } });
      else {
        const checked = checkSheetRow(row, commitment, today);
        if ("problems" in checked) problems.push(...checked.problems.map((problem) => ({ row: row.row, problem })));
        else readings.push({ commitment, reading: checked, row: row.row });
      }
      if (commitment && !seen.has(commitment.id)) seen.set(commitment.id, row.row);
    }
    // A sheet uploaded again repeats the updates it already sent: each such row is named. Read once
    // the readings' lock is held (findRepeatedReadings), so that a sheet sent twice at once finds
    // the returns the first one answered.
    const repeats = await findRepeatedReadings(tx, readings.map(({ commitment, reading }) => ({ commitmentId: commitment.id, ...reading })));
    // A row of a commitment with a returned reading still to answer is that return's resubmission,
    // as the page's 修改后重新报送 would send it: the reviewer reads it as the answer to their note.
    const returns = await findReturnsToAnswer(tx, readings.map(({ commitment }) => commitment.id));
    const answers = readings.map(({ commitment, reading }) => answeredReturn(returns.get(commitment.id) ?? [], reading.asOf));
    for (const [i, repeated] of repeats) {
      // The answer to a return of its day is no repeat, as the form's resubmission is none: the
      // official may answer that the figure approved before was right. A copy of a reading of
      // another day is the sheet sent again, whatever else was returned since.
      if (answers[i]?.asOf === readings[i].reading.asOf) continue;
      const messageKey = repeated.state === "APPROVED" ? "bulk.error.repeatApproved" : "bulk.error.repeat";
      problems.push({ row: readings[i].row, problem: { messageKey, params: { asOf: readings[i].reading.asOf } } });
    }
    // Stable: a row's problems keep their order (date, note, figure), as the form names them.
    problems.sort((a, b) => a.row - b.row);
    if (problems.length) {
      // Counted in rows: a row may have several problems, each said.
      // Each names its column as the uploaded sheet heads it, in the reader's language.
      const details = problems.map(({ row, problem }) => ({ field: `row-${row}`, messageKey: problem.messageKey, params: rowProblemParams(problem, input.headerLanguages) }));
      throw new ExpectedError("invalid", "bulk.error.rows", { count: new Set(problems.map((p) => p.row)).size }, undefined, details);
    }
    // One insert for the whole sheet; rows come back in input order for the audit trail.
    const created = await tx.progressUpdate.createManyAndReturn({
      data: readings.map(({ commitment, reading }, i) => ({
        commitmentId: commitment.id,
        authorId: actor.id,
        asOf: new Date(`${reading.asOf}T00:00:00Z`),
        actualValue: decimalParam(reading.actualValue),
        done: reading.done,
        percent: decimalParam(computePercent(commitment, reading)),
        narrative: reading.narrative,
        resubmitsId: answers[i]?.id ?? null,
      })),
      select: { id: true, commitmentId: true, asOf: true, actualValue: true, done: true, percent: true, narrative: true, state: true, resubmitsId: true },
    });
    // A resubmission keeps the returned reading's files, as the form does unless they are unticked:
    // a sheet cannot attach any. One statement for every answer.
    const copies = created.flatMap((update, i) => (answers[i] ? [{ fromUpdateId: answers[i].id, toUpdateId: update.id, evidenceIds: answers[i].evidenceIds }] : []));
    const evidence = new Map<number, Omit<CopiedEvidence, "updateId">[]>();
    for (const { updateId, ...file } of await copyEvidence(tx, copies)) evidence.set(updateId, [...(evidence.get(updateId) ?? []), file]);
    const audit: AuditEntry[] = created.map((update) => ({
      action: update.resubmitsId === null ? "update.submit" : "update.resubmit",
      entity: "ProgressUpdate",
      entityId: update.id,
      after: { ...update, bulk: true, ...(update.resubmitsId === null ? {} : { evidence: evidence.get(update.id) ?? [] }) },
    }));
    return { result: { count: readings.length, answered: copies.length }, audit };
  },
  revalidate: () => ["/my-work", "/review", "/commitments", "/"],
});
