import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/** Where each commitment the actor may see stands in the report text. */
export function listReportQuotes(actor: Actor, reportId: number) {
  return db.commitment.findMany({
    where: { AND: [{ reportId }, commitmentScopeWhere(actor)] },
    orderBy: { position: "asc" },
    select: { id: true, quoteStart: true, quoteEnd: true },
  });
}
