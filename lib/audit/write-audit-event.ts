import "server-only";
import type { Tx } from "@/lib/db";
import { auditHashParts } from "./audit-hash";
import { toJsonValue } from "./canonical-json";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

// Any constant: the advisory lock that serialises appends to the hash chain.
const AUDIT_CHAIN_LOCK = 7_310_112;

/**
 * Appends events inside the caller's transaction. The transaction-scoped advisory lock makes
 * concurrent writers append one after another, so the chain never forks; it is released at
 * commit or rollback, and a rolled-back change leaves no event behind.
 */
export async function writeAuditEvents(tx: Tx, actorId: number | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // The lock is held from here to COMMIT and every other writer waits for it, so everything
  // that does not need the chain's head is done before asking for it: each event goes with the
  // text its hash covers less the time and the link, and one statement (duban_audit_append, see
  // its migration) takes the lock, reads the head and the time, hashes and inserts the events.
  const events = entries.map((entry) => {
    const fields = {
      actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
    };
    return { ...fields, ...auditHashParts(fields) };
  });
  await tx.$queryRaw`SELECT duban_audit_append(${AUDIT_CHAIN_LOCK}::bigint, ${JSON.stringify(events)}::jsonb) AS appended`;
}
