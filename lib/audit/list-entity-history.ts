import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** The audit trail of one record (and, for a commitment, of its updates and requests), newest first. */
async function loadListEntityHistory(entity: string, entityId: number | string, related: { entity: string; ids: (number | string)[] }[] = []) {
  const targets = [{ entity, entityId: String(entityId) }, ...related.flatMap((r) => r.ids.map((id) => ({ entity: r.entity, entityId: String(id) })))];
  const events = await db.auditEvent.findMany({
    where: { OR: targets },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, at: true, actor: { select: { displayName: true } } },
  });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}

export const listEntityHistory = snapshotCached(loadListEntityHistory, { max: 500 });
