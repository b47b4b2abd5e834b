import "server-only";
import { db } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import type { HashedAuditFields } from "./audit-hash";
import { actionsOfKind } from "./audit-event-kinds";

/**
 * Refused attempts (an official replaying a form for another department's commitment) changed
 * nothing: they are the admin's 操作日志 matter (类别 拒绝的操作, filtered by the record), not part of the
 * commitment's 变更记录 that everyone who may read it sees.
 */
const REFUSED_ACTIONS = actionsOfKind("refused");

/** How many events a page shows; older ones are said to exist, not listed. */
export const HISTORY_SHOWN = 200;

/** An audit event as a history lists it: who by name instead of by id. */
export interface HistoryEvent extends Omit<HashedAuditFields, "actorId"> {
  id: string;
  /** Who acted, and whether their account is disabled now (the history marks their name so). */
  actor: { displayName: string; disabled: boolean } | null;
}

/**
 * The audit trail of a commitment with those of its progress updates, change requests and reminders, newest
 * first, refused attempts left out: at most HISTORY_SHOWN events, and whether older ones exist. One statement by the
 * commitment's id (its updates and requests found inside it, each arm an index scan on
 * (entity, entityId)), so the page reads it beside everything else rather than after them.
 */
async function loadCommitmentHistory(commitmentId: number): Promise<{ events: HistoryEvent[]; older: boolean }> {
  const id = String(commitmentId);
  const rows = await db.$queryRaw<(Omit<HistoryEvent, "actor"> & { actorName: string | null; actorDisabled: boolean | null })[]>`
    SELECT e.id::text AS id, e.action, e.entity, e."entityId", e.before, e.after, e.at, u."displayName" AS "actorName", u."disabled" AS "actorDisabled"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE ((e.entity = 'Commitment' AND e."entityId" = ${id})
       OR (e.entity = 'ProgressUpdate' AND e."entityId" = ANY(ARRAY(SELECT p.id::text FROM "ProgressUpdate" p WHERE p."commitmentId" = ${commitmentId})))
       OR (e.entity = 'ChangeRequest' AND e."entityId" = ANY(ARRAY(SELECT r.id::text FROM "ChangeRequest" r WHERE r."commitmentId" = ${commitmentId})))
       OR (e.entity = 'Reminder' AND e."entityId" = ANY(ARRAY(SELECT m.id::text FROM "Reminder" m WHERE m."commitmentId" = ${commitmentId}))))
      AND e.action <> ALL(${REFUSED_ACTIONS}::text[])
    ORDER BY e.id DESC
    LIMIT ${HISTORY_SHOWN + 1}`;
  const events = rows.slice(0, HISTORY_SHOWN).map(({ actorName, actorDisabled, ...e }) => ({ ...e, actor: actorName === null ? null : { displayName: actorName, disabled: actorDisabled === true } }));
  return { events, older: rows.length > HISTORY_SHOWN };
}

export const listCommitmentHistory = snapshotCached(loadCommitmentHistory, { max: 500 });
