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

/** Each event's hash covers its own content and the previous event's hash: a chain. */
export function auditHash(prevHash: string | null, e: HashedAuditFields): string {
  const body = canonicalJson({
    prevHash,
    actorId: e.actorId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    at: e.at.toISOString(),
  });
  return createHash("sha256").update(body).digest("hex");
}
