import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { todayIsoDay } from "@/lib/time/today";
import { needsUpdateWhere } from "./needs-update-where";
import { returnedUpdatesWhere } from "./returned-updates-where";

/**
 * The number on the "my work" badge: for officials, commitments needing an update plus returned
 * updates to answer; for reviewers, updates and change requests waiting for a decision.
 */
export async function countMyWork(actor: Actor, today: string = todayIsoDay()): Promise<number> {
  if (actor.role === "OFFICIAL") {
    const [commitments, returned] = await Promise.all([
      db.commitment.count({ where: needsUpdateWhere(actor, today) }),
      db.progressUpdate.count({ where: returnedUpdatesWhere(actor) }),
    ]);
    return commitments + returned;
  }
  if (actor.role === "REVIEWER") {
    const [updates, changes] = await Promise.all([
      db.progressUpdate.count({ where: { state: "SUBMITTED" } }),
      db.changeRequest.count({ where: { state: "PENDING" } }),
    ]);
    return updates + changes;
  }
  return 0;
}
