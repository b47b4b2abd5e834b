import "server-only";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { db } from "@/lib/db";
import { WAITING_REMINDER } from "./waiting-reminder";

/** Reminders of open commitments still waiting for an answer, every department's (the reviewers' summary). */
export function countUnansweredReminders(): Promise<number> {
  return db.reminder.count({ where: { ...WAITING_REMINDER, commitment: { status: { in: [...OPEN_STATUSES] } } } });
}
