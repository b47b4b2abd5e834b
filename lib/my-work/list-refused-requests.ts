import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/** How far back an official's my-work shows the department's refused requests. */
export const REFUSED_REQUESTS_DAYS = 30;
const SHOWN = 20;

export interface RefusedRequestItem {
  id: number;
  commitmentId: number;
  indicator: string;
  kind: "EXTEND_DEADLINE" | "ADJUST_TARGET";
  reviewNote: string | null;
  reviewedAt: string;
}

/**
 * Change requests of the department's commitments refused in the last REFUSED_REQUESTS_DAYS,
 * newest first: a 延期 or 调整 that was not granted changes the official's plans (the deadline
 * or the target stands), and the refusal's reason is only on the commitment's page otherwise.
 * Refused requests are few: the state index finds them, the scope narrows them.
 */
export async function listRefusedRequests(actor: Actor, now: Date = new Date()): Promise<RefusedRequestItem[]> {
  const since = new Date(now.getTime() - REFUSED_REQUESTS_DAYS * 86_400_000);
  const rows = await db.changeRequest.findMany({
    where: { state: "REFUSED", reviewedAt: { gte: since }, commitment: commitmentScopeWhere(actor) },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, commitmentId: true, kind: true, reviewNote: true, reviewedAt: true, commitment: { select: { indicator: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    commitmentId: r.commitmentId,
    indicator: r.commitment.indicator,
    kind: r.kind,
    reviewNote: r.reviewNote,
    reviewedAt: (r.reviewedAt ?? now).toISOString(),
  }));
}
