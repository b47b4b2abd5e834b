import "server-only";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db";
import { WAITING_REMINDER } from "./waiting-reminder";


/**
 * Ends the reminder waiting on each commitment that is being closed (verified, closed as not
 * delivered, withdrawn), in the closing's transaction: what it asked is moot, and it must not come
 * back, months old, if the commitment is reopened or restored. The audit entries say so.
 */
export async function closeWaitingReminders(tx: Tx, commitmentIds: number[], closedAt: Date): Promise<AuditEntry[]> {
  const closed = await tx.reminder.updateManyAndReturn({ where: { commitmentId: { in: commitmentIds }, ...WAITING_REMINDER }, data: { closedAt }, select: { id: true } });
  return closed.map((r) => ({ action: "reminder.close", entity: "Reminder", entityId: r.id, before: { closedAt: null }, after: { closedAt } }));
}
