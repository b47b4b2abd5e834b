import "server-only";
import { db } from "@/lib/db";
import { departmentWhere } from "@/lib/reviews/department-where";
import { changeRequestViewSelect, toChangeRequestView } from "./change-request-view";
import type { ChangeRequestView } from "./types";

/** Requests waiting for a reviewer, oldest first, optionally of one department's commitments. */
export async function listPendingChangeRequests(filters: { department?: number } = {}): Promise<ChangeRequestView[]> {
  const rows = await db.changeRequest.findMany({
    where: { state: "PENDING", commitment: departmentWhere(filters.department) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: changeRequestViewSelect,
    take: 200,
  });
  return rows.map(toChangeRequestView);
}
