import "server-only";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { db } from "@/lib/db";

export interface ReminderView {
  id: number;
  note: string;
  createdAt: Date;
  senderName: string;
  answeredAt: Date | null;
  answererName: string | null;
  answer: string | null;
  /** Ended unanswered when the commitment was closed. */
  closedAt: Date | null;
}

/** A commitment's reminders, newest first (the caller has already found the commitment in the actor's scope). */
async function loadCommitmentReminders(commitmentId: number): Promise<ReminderView[]> {
  const rows = await db.reminder.findMany({
    where: { commitmentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, note: true, createdAt: true, answeredAt: true, answer: true, closedAt: true, sender: { select: { displayName: true } }, answerer: { select: { displayName: true } } },
  });
  return rows.map(({ sender, answerer, ...r }) => ({ ...r, senderName: sender.displayName, answererName: answerer?.displayName ?? null }));
}

/** Read at the request's database snapshot, as the rest of the commitment's page is (lib/cache/). */
export const listCommitmentReminders = snapshotCached(loadCommitmentReminders, { max: 500 });
