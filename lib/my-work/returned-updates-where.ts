import { Prisma } from "@/lib/generated/prisma/client";
import { sqlStringList } from "@/lib/progress/status-light-sql";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

/**
 * A returned update `u` the official still has to answer: nobody has resubmitted it, and no
 * reading of its commitment as of the same day or later is waiting or approved — once one is,
 * the returned reading is overtaken (the official reported again without answering it, or a
 * copy of it was approved) and resubmitting it would add nothing. The commitment `c` must still
 * be open: a verified or withdrawn one takes no resubmission. Shared by the my-work list and its
 * badge, so both count the same.
 */
export const RETURNED_TO_ANSWER_SQL = Prisma.sql`u."state" = 'RETURNED'
  AND c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" r WHERE r."resubmitsId" = u.id)
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" n
                  WHERE n."commitmentId" = u."commitmentId" AND n."state" IN ('SUBMITTED', 'APPROVED') AND n."asOf" >= u."asOf")`;
