import "server-only";
import { db } from "@/lib/db";

/** A reviewer's backlog: how many updates wait, how long the oldest has waited, pending requests. */
export async function getReviewerWork(now: Date = new Date()) {
  const [queueSize, oldest, pendingChangeRequests] = await Promise.all([
    db.progressUpdate.count({ where: { state: "SUBMITTED" } }),
    db.progressUpdate.findFirst({ where: { state: "SUBMITTED" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.changeRequest.count({ where: { state: "PENDING" } }),
  ]);
  const oldestAgeDays = oldest ? Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / 86_400_000)) : null;
  return { queueSize, oldestAgeDays, pendingChangeRequests };
}
