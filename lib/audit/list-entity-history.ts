import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** How many events a page shows; older ones are said to exist, not listed. */
export const HISTORY_SHOWN = 200;

/**
 * The audit trail of one record (and, for a commitment, of its updates and requests), newest
 * first: at most HISTORY_SHOWN events, and whether older ones exist.
 */
async function loadListEntityHistory(entity: string, entityId: number | string, related: { entity: string; ids: (number | string)[] }[] = []) {
  const targets = [{ entity, entityId: String(entityId) }, ...related.flatMap((r) => r.ids.map((id) => ({ entity: r.entity, entityId: String(id) })))];
  const events = await db.auditEvent.findMany({
    where: { OR: targets },
    orderBy: { id: "desc" },
    take: HISTORY_SHOWN + 1,
    select: { id: true, action: true, entity: true, entityId: true, before: true, after: true, at: true, actor: { select: { displayName: true } } },
  });
  return { events: events.slice(0, HISTORY_SHOWN).map((e) => ({ ...e, id: e.id.toString() })), older: events.length > HISTORY_SHOWN };
}

export const listEntityHistory = snapshotCached(loadListEntityHistory, { max: 500 });
