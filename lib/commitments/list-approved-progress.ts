import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** Approved figures of one commitment in date order, for its progress chart. */
async function loadListApprovedProgress(commitmentId: number) {
  const rows = await db.progressUpdate.findMany({
    where: { commitmentId, state: "APPROVED" },
    orderBy: [{ asOf: "asc" }, { id: "asc" }],
    select: { asOf: true, percent: true },
  });
  return rows.map((r) => ({ asOf: r.asOf, percent: r.percent == null ? null : Number(r.percent) }));
}

export const listApprovedProgress = snapshotCached(loadListApprovedProgress, { max: 500 });
