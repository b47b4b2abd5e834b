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

// `prevHash` sorts after every other key, so the canonical text ends with it: the text before
// it (the head) does not depend on the previous event, and PostgreSQL can finish the hash once
// it knows the chain's head (duban_audit_append, migration 20261205030000_audit_append).
const PREV_LAST = ',"prevHash":""}';

/** The hashed text up to and including `"prevHash":` — everything but the link. */
export function auditHashHead(e: HashedAuditFields): string {
  const body = canonicalJson({
    prevHash: "",
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    at: e.at.toISOString(),
  });
  if (!body.endsWith(PREV_LAST)) throw new Error("the audit hash expects prevHash to be the last key");
  return body.slice(0, -'""}'.length);
}

/** Each event's hash covers its own content and the previous event's hash: a chain. */
export function auditHash(prevHash: string | null, e: HashedAuditFields): string {
  return createHash("sha256")
    .update(`${auditHashHead(e)}${JSON.stringify(prevHash)}}`)
    .digest("hex");
}
