import "server-only";
import { db } from "@/lib/db";
import { countOverdue } from "./count-overdue";
import { countUnansweredReminders } from "@/lib/reminders/count-unanswered-reminders";
import { listAwaitingVerification } from "@/lib/reviews/list-awaiting-verification";
import { todayIsoDay } from "@/lib/time/today";
import { calendarDaysSince } from "@/lib/time/calendar-days-since";

/**
 * A reviewer's backlog: how many updates wait, how long the oldest has waited, pending requests,
 * completed commitments waiting to be verified (as /review lists them, from the same cache), and
 * overdue ones, to chase or close as not delivered, and reminders (催办) still unanswered.
 */
export async function getReviewerWork(now: Date = new Date()) {
  const today = todayIsoDay(now);
  const [queueSize, oldest, pendingChangeRequests, awaiting, overdue, unansweredReminders] = await Promise.all([
    db.progressUpdate.count({ where: { state: "SUBMITTED" } }),
    db.progressUpdate.findFirst({ where: { state: "SUBMITTED" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.changeRequest.count({ where: { state: "PENDING" } }),
    listAwaitingVerification({}, today),
    countOverdue(today),
    countUnansweredReminders(),
  ]);
  const oldestAgeDays = oldest ? calendarDaysSince(oldest.createdAt, now) : null;
  return { queueSize, oldestAgeDays, pendingChangeRequests, awaitingVerification: awaiting.total, overdue, unansweredReminders };
}
