import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { WAITING_REMINDER } from "./waiting-reminder";

export interface OpenReminder {
  id: number;
  commitmentId: number;
  indicator: string;
  note: string;
  createdAt: Date;
  senderName: string;
  /** The sender's account is disabled now: their name is marked so. */
  senderDisabled: boolean;
}

/** Shown at most; the my-work badge counts them all up to its cap. */
export const OPEN_REMINDERS_SHOWN = 200;

/**
 * Reminders (催办) waiting for an answer from the official's departments (lead or supporting),
 * oldest first: those have waited longest. A closed commitment's reminder asks nothing any more.
 */
export async function listOpenReminders(actor: Actor): Promise<{ items: OpenReminder[]; more: boolean }> {
  const rows = await db.reminder.findMany({
    where: { ...WAITING_REMINDER, commitment: { AND: [commitmentScopeWhere(actor), { status: { in: [...OPEN_STATUSES] } }] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: OPEN_REMINDERS_SHOWN + 1,
    select: { id: true, commitmentId: true, note: true, createdAt: true, commitment: { select: { indicator: true } }, sender: { select: { displayName: true, disabled: true } } },
  });
  const items = rows.slice(0, OPEN_REMINDERS_SHOWN).map(({ commitment, sender, ...r }) => ({ ...r, indicator: commitment.indicator, senderName: sender.displayName, senderDisabled: sender.disabled }));
  return { items, more: rows.length > OPEN_REMINDERS_SHOWN };
}
