import "server-only";
import type { Tx } from "@/lib/db";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/**
 * A commitment closed (核验, 未完成办结, 撤销) at `at`, with the status it had before: kept apart
 * from the row, whose decision fields a reopening clears, so a past day reads it as it was.
 */
export async function recordClosing(tx: Tx, commitmentId: number, status: "VERIFIED" | "UNMET" | "WITHDRAWN", previousStatus: CommitmentStatus, at: Date): Promise<void> {
  await tx.commitmentClosure.create({ data: { commitmentId, status, previousStatus, closedAt: at } });
}

/** Its closing in force ends at `at` (重新打开, 恢复). */
export async function recordReopening(tx: Tx, commitmentId: number, at: Date): Promise<void> {
  await tx.commitmentClosure.updateMany({ where: { commitmentId, reopenedAt: null }, data: { reopenedAt: at } });
}
