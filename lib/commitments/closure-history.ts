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
  return recordClosings(tx, [{ commitmentId, ...closing }]);
}

/** The same for many commitments closed at once (批量按未完成办结): one statement each, not each per commitment. */
export async function recordClosings(tx: Tx, closings: (Closing & { commitmentId: number })[]): Promise<AuditEntry[]> {
  if (closings.length === 0) return [];
  await tx.commitmentClosure.createMany({
    data: closings.map(({ commitmentId, status, previousStatus, at, note }) => ({ commitmentId, status, previousStatus, closedAt: at, note })),
  });
  // One instant per call (the closings of one decision): the reminders end at it.
  return closeWaitingReminders(tx, closings.map((c) => c.commitmentId), closings[0].at);
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
