import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { db, pgPool } from "@/lib/db";
import { commitmentOrder, lightExpression } from "@/lib/commitments/commitment-list-sql";
import type { TCommitmentFilters } from "@/lib/commitments/filters";
import type { StatusLight } from "@/lib/progress/status-light";
import type { TargetText } from "@/lib/commitments/format-target";
import type { ApprovedChange, OfficeDecision, WaitingReminder } from "./office-records";
import { approvedChangesSql, officeDecisionSql, waitingRemindersSql } from "./office-records-sql";
import { ledgerSource } from "./ledger-source-sql";
import { ledgerSummarySql, toLedgerSummary, type LedgerSummary, type LedgerSummaryRow } from "./ledger-summary-sql";

export type ExportGrouping = "section" | "department";

/** One commitment as the ledger (台账) shows it. Decimals stay text until a writer types them. */
export interface ExportRow extends TargetText {
  id: number;
  /** The work report it comes from: a ledger of every report names each row's. */
  reportYear: number;
  reportTitle: string;
  reportIssuer: string;
  sectionId: number;
  sectionLabel: string;
  indicator: string;
  quote: string;
  kind: "NUMERIC" | "MILESTONE";
  deadline: Date;
  leadDepartmentId: number | null;
  leadDepartment: string | null;
  supporting: string | null;
  /** Narrative of the latest approved update. */
  narrative: string | null;
  latestActual: string | null;
  latestDone: boolean | null;
  latestPercent: string | null;
  /** The day the latest approved figures describe, YYYY-MM-DD. */
  latestAsOf: string | null;
  light: StatusLight;
  /**
   * State of the newest reading (the last one reported), whatever its state; null when nothing
   * was ever reported. Not necessarily the reading of the figures: a returned or waiting one is not.
   */
  newestState: "SUBMITTED" | "APPROVED" | "RETURNED" | null;
  /** The day that newest reading describes, YYYY-MM-DD. */
  newestAsOf: string | null;
  /** Last change of the row or of its newest update, Beijing wall time "YYYY-MM-DDTHH:MM:SS". */
  updatedAt: string;
  /** The approved 延期 / 调整, oldest first; null when none. */
  changes: ApprovedChange[] | null;
  /** Its verification or 未完成办结 in force, with the office's note; null while open. */
  decision: OfficeDecision | null;
  /** The newest reminder (催办) the departments have not answered; null when none waits. */
  reminder: WaitingReminder | null;
}

export const DEFAULT_BATCH_SIZE = 500;

/** The list's ORDER BY, with the sheet's group first so each sheet is written in one go. */
function exportOrder(filters: TCommitmentFilters, groupBy: ExportGrouping | undefined): Prisma.Sql {
  const order = commitmentOrder(filters);
  if (!groupBy) return order;
  // Departments in their own order (the admin's list, the progress report), not by character code.
  const first = groupBy === "section" ? `s."reportId", s."order", s."id"` : `d."id" NULLS LAST`;
  return Prisma.raw(order.sql.replace(/^ORDER BY /, `ORDER BY ${first}, `));
}

/**
 * The ids of the list's rows (same WHERE, same permissions, same order), without paging, and the
 * summary sheet's counts of the same rows, as queries not yet sent (Prisma's are lazy). Only ids
 * are kept for the whole export — 40 KB for 10,000 rows; the rows come in batches by id.
 * Snapshotting the order up front keeps the batches consistent without holding a transaction
 * (or a cursor) open while a slow client downloads.
 */
function exportQueries(actor: Actor, filters: TCommitmentFilters, today: string, groupBy?: ExportGrouping) {
  const light = lightExpression(today);
  const source = ledgerSource(actor, filters, light);
  return {
    ids: () => db.$queryRaw<{ id: number }[]>`SELECT c.id ${source} ${exportOrder(filters, groupBy)}`,
    summary: () => db.$queryRaw<LedgerSummaryRow[]>(ledgerSummarySql(source, light)),
  };
}

/** What pg returns for a batch: the deadline as its ISO day (pg would parse a date in local time). */
type BatchRow = Omit<ExportRow, "deadline"> & { deadline: string };

async function fetchBatch(ids: number[], today: string): Promise<ExportRow[]> {
  const light = lightExpression(today);
  // Batches are read by id in the snapshot's order (WITH ORDINALITY); the scope was applied
  // when the ids were chosen. Read with pg rather than Prisma's raw query: a 10,000-row export
  // allocated enough through Prisma's result objects to grow the worker past its memory target
  // (docs/performance.md).
  const query = Prisma.sql`
    SELECT c.id, r."year" AS "reportYear", r."title" AS "reportTitle", r."issuer" AS "reportIssuer", c."sectionId", s."code" || ' ' || s."title" AS "sectionLabel", c."indicator", c."quote", c."kind", c."comparator",
           c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
           c."unit", c."deadline"::text AS "deadline", c."leadDepartmentId", d."name" AS "leadDepartment",
           (SELECT string_agg(sd."name", '、' ORDER BY sd."name") FROM "CommitmentSupport" cs
              JOIN "Department" sd ON sd.id = cs."departmentId" WHERE cs."commitmentId" = c.id) AS "supporting",
           lu."narrative", lu."done" AS "latestDone",
           c."latestActual"::text AS "latestActual", c."latestPercent"::text AS "latestPercent", c."latestAsOf"::text AS "latestAsOf",
           ${light} AS "light", ru."state"::text AS "newestState", ru."asOf"::text AS "newestAsOf",
           to_char(GREATEST(c."updatedAt", ru."updatedAt") AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS') AS "updatedAt",
           ch."changes", ${officeDecisionSql("c")} AS "decision", wr."reminder"
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS k(id, n)
    JOIN "Commitment" c ON c.id = k.id
    JOIN "Report" r ON r.id = c."reportId"
    JOIN "Section" s ON s.id = c."sectionId"
    LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    LEFT JOIN "ProgressUpdate" lu ON lu.id = c."latestUpdateId"
    LEFT JOIN LATERAL (SELECT u."state", u."asOf", u."updatedAt" FROM "ProgressUpdate" u WHERE u."commitmentId" = c.id
                       ORDER BY u."createdAt" DESC, u.id DESC LIMIT 1) ru ON true
    -- The batch's change requests and reminders, each read once for all its ids.
    LEFT JOIN ${approvedChangesSql(Prisma.sql`${ids}::int[]`)} ch ON ch."commitmentId" = c.id
    LEFT JOIN ${waitingRemindersSql(Prisma.sql`${ids}::int[]`)} wr ON wr."commitmentId" = c.id
    ORDER BY k.n`;
  const { rows } = await pgPool.query<BatchRow>(query.text, query.values);
  // Typed in place: a copy per row is what this read avoids.
  for (const row of rows) (row as unknown as ExportRow).deadline = new Date(`${row.deadline}T00:00:00Z`);
  return rows as unknown as ExportRow[];
}

export interface ExportRows {
  count: number;
  /** The rows, `batchSize` at a time, in the snapshot's order. */
  batches(): AsyncGenerator<ExportRow[]>;
}

interface ExportOptions {
  groupBy?: ExportGrouping;
  batchSize?: number;
}

function exportRows(ids: number[], today: string, batchSize = DEFAULT_BATCH_SIZE): ExportRows {
  return {
    count: ids.length,
    async *batches() {
      for (let i = 0; i < ids.length; i += batchSize) yield await fetchBatch(ids.slice(i, i + batchSize), today);
    },
  };
}

/**
 * The rows of the list for `filters` (all pages), in the list's order — grouped by section or
 * lead department first when the export has one sheet per group. The ids are read here, before
 * the first byte is sent, so a database error is still a clean 500 rather than a cut download.
 */
export async function prepareExportRows(actor: Actor, filters: TCommitmentFilters, today: string, options: ExportOptions = {}): Promise<ExportRows> {
  const ids = await exportQueries(actor, filters, today, options.groupBy).ids();
  return exportRows(ids.map((r) => r.id), today, options.batchSize);
}

/**
 * The same rows and their summary (counts per lead department and light, 平均完成率), read in one
 * snapshot (REPEATABLE READ): a review approved in between cannot make the summary count a row
 * the ids left out, or the other way round.
 */
export async function prepareSummarizedExportRows(
  actor: Actor,
  filters: TCommitmentFilters,
  today: string,
  options: ExportOptions = {},
): Promise<{ rows: ExportRows; summary: LedgerSummary }> {
  const queries = exportQueries(actor, filters, today, options.groupBy);
  const [ids, summary] = await db.$transaction([queries.ids(), queries.summary()], { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead });
  return { rows: exportRows(ids.map((r) => r.id), today, options.batchSize), summary: toLedgerSummary(summary) };
}
