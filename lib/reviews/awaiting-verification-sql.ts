import { Prisma } from "@/lib/generated/prisma/client";
import { lightExpression } from "@/lib/commitments/commitment-list-sql";

/**
 * The commitments (aliased `c`) verifyCommitment would accept today (isVerifiable in SQL): light
 * COMPLETED and approved figures at 100%. Shared by the 待核验 list, the reviewer's badge and the
 * bench's raw-SQL floor of /review; pure, so the bench can use it without the app's client.
 */
export function awaitingVerificationCondition(today: string): Prisma.Sql {
  return Prisma.sql`${lightExpression(today)} = 'COMPLETED' AND c."latestPercent" >= 100`;
}
