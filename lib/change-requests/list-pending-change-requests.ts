import "server-only";
import { db } from "@/lib/db";
import { departmentWhere } from "@/lib/reviews/department-where";
import { changeRequestViewSelect, toChangeRequestView } from "./change-request-view";
import type { ChangeRequestView } from "./types";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** At most this many requests are listed at once; the department filter narrows the rest. */
const PENDING_CHANGE_REQUESTS_SHOWN = 200;

export interface PendingChangeRequests {
  /** The oldest waiting requests, at most PENDING_CHANGE_REQUESTS_SHOWN. */
  items: ChangeRequestView[];
  /** How many are waiting in all, so the page can say when it shows only the oldest. */
  total: number;
}

/** Requests waiting for a reviewer, oldest first, optionally of one department's commitments. */
async function loadListPendingChangeRequests(filters: { department?: number } = {}): Promise<PendingChangeRequests> {
  const where = { state: "PENDING" as const, commitment: departmentWhere(filters.department) };
  const [rows, total] = await Promise.all([
    db.changeRequest.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: changeRequestViewSelect, take: PENDING_CHANGE_REQUESTS_SHOWN }),
    db.changeRequest.count({ where }),
  ]);
  return { items: rows.map(toChangeRequestView), total };
}

export const listPendingChangeRequests = snapshotCached(loadListPendingChangeRequests);
