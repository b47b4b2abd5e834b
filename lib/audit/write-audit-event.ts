import "server-only";
import type { Tx } from "@/lib/db";
import { auditHashHead } from "./audit-hash";
import { toJsonValue } from "./canonical-json";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/**
 * Records events inside the caller's transaction; they join the hash chain when it commits.
 * Each goes to "AuditPending" with the text its hash covers up to the link to the previous
 * event; a deferred trigger (migration 20261205030000_audit_append) takes the chain's lock at
 * COMMIT, links, hashes and appends them in order, so concurrent writers never fork the chain,
 * the lock is never held across a round trip to Node, and a rolled-back change leaves no event.
 * Events are therefore not readable in the transaction that wrote them.
 */
export async function writeAuditEvents(tx: Tx, actorId: number | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date();
  const events = entries.map((entry) => {
    const fields = {
      actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      at,
    };
    return { ...fields, at: at.toISOString(), head: auditHashHead(fields) };
  });
  // Rows are inserted (and so appended at COMMIT) in array order. JSON null is stored as NULL.
  await tx.$executeRaw`
    INSERT INTO "AuditPending" ("actorId", "action", "entity", "entityId", "before", "after", "at", "head")
    SELECT (e->>'actorId')::integer, e->>'action', e->>'entity', e->>'entityId',
           NULLIF(e->'before', 'null'::jsonb), NULLIF(e->'after', 'null'::jsonb), (e->>'at')::timestamp(3), e->>'head'
    FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) WITH ORDINALITY AS t(e, n)
    ORDER BY n`;
}
