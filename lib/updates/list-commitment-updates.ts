import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import type { UpdateView } from "./types";
import { toUpdateView, updateViewSelect } from "./update-view";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Every update of a commitment, newest reading first; empty when the actor may not see it. */
async function loadListCommitmentUpdates(actor: Actor, commitmentId: number): Promise<UpdateView[]> {
  const rows = await db.progressUpdate.findMany({
    where: { commitmentId, commitment: commitmentScopeWhere(actor) },
    orderBy: [{ asOf: "desc" }, { createdAt: "desc" }],
    select: updateViewSelect,
  });
  return rows.map(toUpdateView);
}

export const listCommitmentUpdates = snapshotCached(loadListCommitmentUpdates, { key: (actor, id) => [actor.role, actor.departmentId, id], max: 500 });
