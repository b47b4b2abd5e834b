import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { auditHash } from "./audit-hash";
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
  // The lock is held from here to COMMIT and every round trip inside it delays every other
  // writer, so: the lock and the chain's head in one call (duban_audit_chain_head, see its
  // migration for why a function and not one plain statement), then one insert for all events.
  const [{ hash }] = await tx.$queryRaw<{ hash: string | null }[]>`SELECT duban_audit_chain_head(${AUDIT_CHAIN_LOCK}::bigint) AS hash`;
  let prevHash = hash;
  const at = new Date();
  const rows = [];
  for (const entry of entries) {
    const fields = {
      actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      at,
    };
    const hash = auditHash(prevHash, fields);
    rows.push({
      ...fields,
      before: fields.before === null ? Prisma.DbNull : (fields.before as Prisma.InputJsonValue),
      after: fields.after === null ? Prisma.DbNull : (fields.after as Prisma.InputJsonValue),
      prevHash,
      hash,
    });
    prevHash = hash;
  }
  // createMany inserts in array order, so ids follow the chain.
  await tx.auditEvent.createMany({ data: rows });
}
