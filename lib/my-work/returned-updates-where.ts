import { Prisma } from "@/lib/generated/prisma/client";
import { sqlStringList } from "@/lib/progress/status-light-sql";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

/**
 * A returned update `u` the official still has to answer: nobody has resubmitted it, and no
 * reading of its commitment as of the same day or later was approved, or sent after the return —
 * once one is, the returned reading is overtaken (the official reported again instead of
 * answering it, or a copy of it was approved) and resubmitting it would add nothing. A late
 * report of an earlier day, sent after the latest approved reading, is not overtaken by it: its
 * return is still to answer (past days' views read it). The commitment page applies this rule to the
 * readings it has (settledReturn, lib/updates/settled-return.ts). A reading
 * that was already waiting when the update was returned does not hide the return's note.
 * An approved reading that stands over the returned one — a later day, or the same day and sent
 * after it (isLaterReading, lib/updates/later-reading.ts: a correction of a day already approved
 * is still to answer when returned) — is read off the commitment's kept `latestAsOf` and
 * `latestUpdateId` (they move back only when an approval is taken back, and what they then no
 * longer stand over is to answer again) rather than probed among the updates: a department
 * of the bench has ≈ 800 old returns, nearly all overtaken, and the badge runs on every page
 * (docs/performance.md, tenth round: ≈ 2,000 buffer hits per count, against 383 before this
 * rule). The commitment `c` must still be open: a verified, closed or withdrawn one takes no
 * resubmission. Shared by the my-work list and its badge, so both count the same.
 */
export const RETURNED_TO_ANSWER_SQL = Prisma.sql`u."state" = 'RETURNED'
  AND c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})
  AND ((u."asOf", u.id) > (COALESCE(c."latestAsOf", '-infinity'::date), COALESCE(c."latestUpdateId", 0))
       OR u.id > c."latestUpdateId")
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" r WHERE r."resubmitsId" = u.id)
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" n
                  WHERE n."commitmentId" = u."commitmentId" AND n."asOf" >= u."asOf"
                    AND n."state" = 'SUBMITTED' AND n."createdAt" > u."reviewedAt")`;
