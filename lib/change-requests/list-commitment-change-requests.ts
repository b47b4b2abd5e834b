import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { changeRequestViewSelect, toChangeRequestView } from "./change-request-view";
import type { ChangeRequestView } from "./types";

/** The 延期 / 调整 requests of a commitment, newest first; empty when the actor may not see it. */
export async function listCommitmentChangeRequests(actor: Actor, commitmentId: number): Promise<ChangeRequestView[]> {
  const rows = await db.changeRequest.findMany({
    where: { commitmentId, commitment: commitmentScopeWhere(actor) },
    orderBy: { createdAt: "desc" },
    select: changeRequestViewSelect,
  });
  return rows.map(toChangeRequestView);
}
