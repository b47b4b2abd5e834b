import "server-only";
import { db } from "@/lib/db";
import { listAwaitingVerification } from "@/lib/reviews/list-awaiting-verification";
import { todayIsoDay } from "@/lib/time/today";
import { calendarDaysSince } from "@/lib/time/calendar-days-since";

/**
 * A reviewer's backlog: how many updates wait, how long the oldest has waited, pending requests,
 * and completed commitments waiting to be verified (as /review lists them, from the same cache).
 */
export async function getReviewerWork(now: Date = new Date()) {
  const [queueSize, oldest, pendingChangeRequests, awaiting] = await Promise.all([
    db.progressUpdate.count({ where: { state: "SUBMITTED" } }),
    db.progressUpdate.findFirst({ where: { state: "SUBMITTED" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.changeRequest.count({ where: { state: "PENDING" } }),
    listAwaitingVerification({}, todayIsoDay(now)),
  ]);
  const oldestAgeDays = oldest ? calendarDaysSince(oldest.createdAt, now) : null;
  return { queueSize, oldestAgeDays, pendingChangeRequests, awaitingVerification: awaiting.total };
}
