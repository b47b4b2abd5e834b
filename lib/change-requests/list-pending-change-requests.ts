import "server-only";
import { db } from "@/lib/db";
import { departmentWhere } from "@/lib/reviews/department-where";
import { changeRequestViewSelect, toChangeRequestView } from "./change-request-view";
import type { ChangeRequestView } from "./types";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Requests waiting for a reviewer, oldest first, optionally of one department's commitments. */
async function loadListPendingChangeRequests(filters: { department?: number } = {}): Promise<ChangeRequestView[]> {
  const rows = await db.changeRequest.findMany({
    where: { state: "PENDING", commitment: departmentWhere(filters.department) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: changeRequestViewSelect,
    take: 200,
  });
  return rows.map(toChangeRequestView);
}

export const listPendingChangeRequests = snapshotCached(loadListPendingChangeRequests);
