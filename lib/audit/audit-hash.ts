import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

export interface HashedAuditFields {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  at: Date;
  /** The batch the event was written in (the id of its first event); null or absent for one written alone. */
  batchId?: bigint | null;
}

/**
 * The canonical text an event's hash covers, in three parts around the values only the database
 * knows when it appends the event under the chain's lock — the time, the batch and the previous
 * event's hash (duban_audit_append, migrations 20261205030000_audit_append and
 * 20261210020000_audit_batch): `pre + JSON(at as ISO text) + batchSegment + mid + JSON(prevHash) + "}"`.
 * It is canonicalJson of the event with its keys sorted (action, actorId, after, at, batchId,
 * before, entity, entityId, prevHash; the batch id as text, as entityId is), written out key by
 * key so the gaps are known; a unit test holds it equal to canonicalJson.
 */
export function auditHashParts(e: Omit<HashedAuditFields, "at" | "batchId">): { pre: string; mid: string } {
  const value = (v: unknown) => canonicalJson(v ?? null);
  return {
    pre: `{"action":${value(e.action)},"actorId":${value(e.actorId)},"after":${value(e.after)},"at":`,
    mid: `,"before":${value(e.before)},"entity":${value(e.entity)},"entityId":${value(e.entityId)},"prevHash":`,
  };
}

/**
 * The batch's place in the hashed text: nothing for an event written alone — as every event was
 * before batches were recorded, so their hashes stand — else its key and the id as text.
 */
export function batchSegment(batchId: bigint | null | undefined): string {
  return batchId == null ? "" : `,"batchId":${JSON.stringify(batchId.toString())}`;
}

/** Each event's hash covers its own content and the previous event's hash: a chain. */
export function auditHash(prevHash: string | null, e: HashedAuditFields): string {
  const { pre, mid } = auditHashParts(e);
  return createHash("sha256")
    .update(`${pre}${JSON.stringify(e.at.toISOString())}${batchSegment(e.batchId)}${mid}${JSON.stringify(prevHash)}}`)
    .digest("hex");
}
