import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { changeRequestViewSelect, toChangeRequestView } from "./change-request-view";
import type { ChangeRequestView } from "./types";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** The 延期 / 调整 requests of a commitment, newest first; empty when the actor may not see it. */
async function loadListCommitmentChangeRequests(actor: Actor, commitmentId: number): Promise<ChangeRequestView[]> {
  const rows = await db.changeRequest.findMany({
    where: { commitmentId, commitment: commitmentScopeWhere(actor) },
    orderBy: { createdAt: "desc" },
    select: changeRequestViewSelect,
  });
  return rows.map(toChangeRequestView);
}

export const listCommitmentChangeRequests = snapshotCached(loadListCommitmentChangeRequests, { key: (actor, id) => [actor.role, actor.departmentId, id], max: 500 });
