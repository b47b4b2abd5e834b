import "server-only";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { closeWaitingReminders } from "@/lib/reminders/close-waiting-reminders";

/**
 * A commitment closed (核验, 未完成办结, 撤销) at `at`, with the status it had before: kept apart
 * from the row, whose decision fields a reopening clears, so a past day reads it as it was. The
 * reminder waiting on it ends with it; its audit entries are returned for the closing's event.
 */
export async function recordClosing(tx: Tx, commitmentId: number, status: "VERIFIED" | "UNMET" | "WITHDRAWN", previousStatus: CommitmentStatus, at: Date): Promise<AuditEntry[]> {
  await tx.commitmentClosure.create({ data: { commitmentId, status, previousStatus, closedAt: at } });
  return closeWaitingReminders(tx, commitmentId, at);
}

/**
 * Its closing in force ends at `at` (重新打开, 恢复). Returns the status the commitment had before
 * that closing (what a restore puts back), or null when no closing was in force.
 */
export async function recordReopening(tx: Tx, commitmentId: number, at: Date): Promise<CommitmentStatus | null> {
  const ended = await tx.commitmentClosure.updateManyAndReturn({
    where: { commitmentId, reopenedAt: null },
    data: { reopenedAt: at },
    select: { previousStatus: true },
  });
  // A partial unique index allows one closing in force per commitment.
  return ended[0]?.previousStatus ?? null;
}
