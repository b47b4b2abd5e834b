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
 *
 * Events of one action come out next to each other, in the order each action first appears, and
 * two or more of one action are written as a batch (AuditEvent.batchId: the id of the first),
 * which the log shows as one line: 50 owners set at once are 批量分工：50 项, not fifty lines.
 */
export async function writeAuditEvents(tx: Tx, actorId: number | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // The lock is held from here to COMMIT and every other writer waits for it, so everything
  // that does not need the chain's head is done before asking for it: each event goes with the
  // text its hash covers less the time, the batch and the link, and one statement
  // (duban_audit_append, see its migrations) takes the lock, reads the head and the time, hashes
  // and inserts the events.
  const events = batchesOfOneAction(entries).flatMap((run) =>
    run.map((entry, i) => {
      const fields = {
        actorId,
        action: entry.action,
        entity: entry.entity,
        entityId: String(entry.entityId),
        before: toJsonValue(entry.before),
        after: toJsonValue(entry.after),
      };
      const batch = run.length < 2 ? {} : { batch: i === 0 ? "first" : "next" };
      return { ...fields, ...auditHashParts(fields), ...batch };
    }),
  );
  await tx.$queryRaw`SELECT duban_audit_append(${AUDIT_CHAIN_LOCK}::bigint, ${JSON.stringify(events)}::jsonb) AS appended`;
}

/** The entries by action, each action's in their order, the actions in the order they first appear. */
function batchesOfOneAction(entries: AuditEntry[]): AuditEntry[][] {
  const byAction = new Map<string, AuditEntry[]>();
  for (const entry of entries) {
    const run = byAction.get(entry.action);
    if (run) run.push(entry);
    else byAction.set(entry.action, [entry]);
  }
  return [...byAction.values()];
}
