import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db";
import { RETURNED_TO_ANSWER_SQL } from "@/lib/my-work/returned-updates-where";

/** A returned reading the official still has to answer, as the progress sheet needs it. */
export interface ReturnToAnswer {
  id: number;
  commitmentId: number;
  /** ISO day. */
  asOf: string;
  reviewNote: string | null;
  /** Its files, which its resubmission keeps (as the page's form does unless unticked). */
  evidenceIds: number[];
}

/**
 * The returned readings of these commitments still to answer — the rule of my work and of the
 * commitment page's 修改后重新报送 (RETURNED_TO_ANSWER_SQL) — per commitment, in the order of
 * readings, read in one statement for a whole sheet, never one per row.
 */
export async function findReturnsToAnswer(client: Db | Tx, commitmentIds: number[]): Promise<Map<number, ReturnToAnswer[]>> {
  if (commitmentIds.length === 0) return new Map();
  const ids = [...new Set(commitmentIds)];
  // The list on both sides of the join: PostgreSQL does not carry an = ANY across it, and without
  // it on c read every commitment into a hash join (19 ms against 3 for a sheet of 20 rows among
  // 15,000 commitments).
  const rows = await client.$queryRaw<ReturnToAnswer[]>(Prisma.sql`
    SELECT u.id, u."commitmentId", to_char(u."asOf", 'YYYY-MM-DD') AS "asOf", u."reviewNote",
           ARRAY(SELECT e.id FROM "EvidenceFile" e WHERE e."updateId" = u.id ORDER BY e.id) AS "evidenceIds"
    FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId"
    WHERE c.id = ANY(${ids}::int[]) AND u."commitmentId" = ANY(${ids}::int[]) AND ${RETURNED_TO_ANSWER_SQL}
    ORDER BY u."commitmentId", u."asOf", u.id`);
  const byCommitment = new Map<number, ReturnToAnswer[]>();
  for (const row of rows) byCommitment.set(row.commitmentId, [...(byCommitment.get(row.commitmentId) ?? []), row]);
  return byCommitment;
}
