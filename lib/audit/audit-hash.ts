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
}

/**
 * The canonical text an event's hash covers, in three parts around the two values only the
 * database knows when it appends the event under the chain's lock — the time and the previous
 * event's hash (duban_audit_append, migration 20261205030000_audit_append):
 * `pre + JSON(at as ISO text) + mid + JSON(prevHash) + "}"`. It is canonicalJson of the event
 * with its keys sorted (action, actorId, after, at, before, entity, entityId, prevHash), written
 * out key by key so the two gaps are known; a unit test holds it equal to canonicalJson.
 */
export function auditHashParts(e: Omit<HashedAuditFields, "at">): { pre: string; mid: string } {
  const value = (v: unknown) => canonicalJson(v ?? null);
  return {
    pre: `{"action":${value(e.action)},"actorId":${value(e.actorId)},"after":${value(e.after)},"at":`,
    mid: `,"before":${value(e.before)},"entity":${value(e.entity)},"entityId":${value(e.entityId)},"prevHash":`,
  };
}

/** Each event's hash covers its own content and the previous event's hash: a chain. */
export function auditHash(prevHash: string | null, e: HashedAuditFields): string {
  const { pre, mid } = auditHashParts(e);
  return createHash("sha256")
    .update(`${pre}${JSON.stringify(e.at.toISOString())}${mid}${JSON.stringify(prevHash)}}`)
    .digest("hex");
}
