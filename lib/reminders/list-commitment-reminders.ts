import "server-only";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { db } from "@/lib/db";

export interface ReminderView {
  id: number;
  note: string;
  createdAt: Date;
  senderName: string;
  /** The sender's account is disabled now: their name is marked so (PersonName). */
  senderDisabled: boolean;
  answeredAt: Date | null;
  answererName: string | null;
  answererDisabled: boolean;
  answer: string | null;
  /** Ended unanswered when the commitment was closed. */
  closedAt: Date | null;
  /**
   * The closing that ended it (核验, 未完成办结, 撤销), or null: open, or ended by a closing older
   * than CommitmentClosure (the page then names none).
   */
  closedBy: "VERIFIED" | "UNMET" | "WITHDRAWN" | null;
}

/** A commitment's reminders, newest first (the caller has already found the commitment in the actor's scope). */
async function loadCommitmentReminders(commitmentId: number): Promise<ReminderView[]> {
  const rows = await db.reminder.findMany({
    where: { commitmentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, note: true, createdAt: true, answeredAt: true, answer: true, closedAt: true, sender: { select: { displayName: true, disabled: true } }, answerer: { select: { displayName: true, disabled: true } } },
  });
  // A closing ends the reminder waiting at its very instant (recordClosing → closeWaitingReminders):
  // the commitment's closings, a handful, say which one by that instant. Read only when one ended so.
  const closings = rows.some((r) => r.closedAt !== null)
    ? await db.commitmentClosure.findMany({ where: { commitmentId }, select: { status: true, closedAt: true } })
    : [];
  const closedBy = (at: Date | null) => {
    const status = at && closings.find((k) => k.closedAt.getTime() === at.getTime())?.status;
    return status === "VERIFIED" || status === "UNMET" || status === "WITHDRAWN" ? status : null;
  };
  return rows.map(({ sender, answerer, ...r }) => ({
    ...r,
    senderName: sender.displayName,
    senderDisabled: sender.disabled,
    answererName: answerer?.displayName ?? null,
    answererDisabled: answerer?.disabled ?? false,
    closedBy: closedBy(r.closedAt),
  }));
}

/** Read at the request's database snapshot, as the rest of the commitment's page is (lib/cache/). */
export const listCommitmentReminders = snapshotCached(loadCommitmentReminders, { max: 500 });
