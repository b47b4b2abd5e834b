import "server-only";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { closeWaitingReminders } from "@/lib/reminders/close-waiting-reminders";

export interface Closing {
  status: "VERIFIED" | "UNMET" | "WITHDRAWN";
  /** The status it had before (ACTIVE or COMPLETED). */
  previousStatus: CommitmentStatus;
  at: Date;
  /** The 核验 or 未完成办结 note, the 撤销 reason. */
  note: string | null;
}

/**
 * A commitment closed (核验, 未完成办结, 撤销): kept apart from the row, whose decision fields a
 * reopening clears, so a past day reads it as it was, with what it said. The reminder waiting on
 * it ends with it; its audit entries are returned for the closing's event.
 */
export async function recordClosing(tx: Tx, commitmentId: number, closing: Closing): Promise<AuditEntry[]> {
  const { status, previousStatus, at, note } = closing;
  await tx.commitmentClosure.create({ data: { commitmentId, status, previousStatus, closedAt: at, note } });
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
