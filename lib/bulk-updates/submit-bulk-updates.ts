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
import { checkSheetRow, type RowReading } from "./check-sheet-row";
import { rowProblemParams, type RowProblem } from "./row-problem";
import { ZSubmitBulkUpdates } from "./types";

/**
 * Every filled-in row of a department's sheet becomes a SUBMITTED update, or none does: one bad
 * row refuses the whole file, with a message per bad row.
 */
export const submitBulkUpdates = defineAction({
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
    // A sheet uploaded again repeats the updates it already sent: each such row is named.
    const repeats = await findRepeatedReadings(tx, readings.map(({ commitment, reading }) => ({ commitmentId: commitment.id, ...reading })));
    for (const [i, repeated] of repeats) {
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
      data: readings.map(({ commitment, reading }) => ({
        commitmentId: commitment.id,
        authorId: actor.id,
        asOf: new Date(`${reading.asOf}T00:00:00Z`),
        actualValue: decimalParam(reading.actualValue),
        done: reading.done,
        percent: decimalParam(computePercent(commitment, reading)),
        narrative: reading.narrative,
      })),
      select: { id: true, commitmentId: true, asOf: true, actualValue: true, done: true, percent: true, narrative: true, state: true },
    });
    const audit: AuditEntry[] = created.map((update) => ({
      action: "update.submit",
      entity: "ProgressUpdate",
      entityId: update.id,
      after: { ...update, bulk: true },
    }));
    return { result: { count: readings.length }, audit };
  },
  revalidate: () => ["/my-work", "/review", "/commitments", "/"],
});
