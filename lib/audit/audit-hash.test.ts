import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { auditHash, auditHashParts, batchSegment, type HashedAuditFields } from "./audit-hash";
import { canonicalJson, toJsonValue } from "./canonical-json";

const event = { actorId: 1, action: "a", entity: "E", entityId: "1", before: { b: 1, a: 2 }, after: null, at: new Date("2023-01-04T00:00:00Z") };

describe("audit hashing", () => {
  it("does not depend on key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(auditHash(null, event)).toBe(auditHash(null, { ...event, before: { a: 2, b: 1 } }));
  });
  it("covers text as PostgreSQL stores it: half a character (a lone surrogate, which jsonb refuses) as U+FFFD", () => {
    expect(canonicalJson({ indicator: "甲\udfff乙" })).toBe('{"indicator":"甲\uFFFD乙"}');
    expect(toJsonValue(["\ud800"])).toEqual(["\uFFFD"]);
  });
  it("changes with the content and with the previous link", () => {
    const h = auditHash(null, event);
    expect(auditHash(null, { ...event, entityId: "2" })).not.toBe(h);
    expect(auditHash("x", event)).not.toBe(h);
    expect(auditHash(null, { ...event, batchId: 7n })).not.toBe(h);
    expect(auditHash(null, { ...event, batchId: 7n })).not.toBe(auditHash(null, { ...event, batchId: 8n }));
    // Written alone, an event hashes as every event did before batches were recorded.
    expect(auditHash(null, { ...event, batchId: null })).toBe(h);
  });
});

describe("the hash's parts (what PostgreSQL completes with the time and the chain's head)", () => {
  // The batch id as text, as entityId is; no key at all for an event written alone (every event before batches were recorded).
  const body = (e: HashedAuditFields, prevHash: string | null) =>
    canonicalJson({
      prevHash,
      actorId: e.actorId,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      at: e.at.toISOString(),
      ...(e.batchId == null ? {} : { batchId: e.batchId.toString() }),
    });
  const cases: HashedAuditFields[] = [
    event,
    { ...event, actorId: null, before: null, after: { prevHash: "", at: "x", z: [1, { y: null }] } },
    { ...event, action: "update.submit", entityId: "12", before: undefined, after: { 指标: "新增高标准农田", note: 'line\n"quoted" \u2028 😀', n: 1.5 } },
    { ...event, action: "commitment.assignOwners", batchId: 9_007_199_254_740_993n, after: { bulk: true } },
    { ...event, batchId: null },
  ];
  it("are canonicalJson of the event cut at the time and at the link", () => {
    for (const e of cases) {
      const { pre, mid } = auditHashParts(e);
      for (const prev of [null, "ab12"]) {
        expect(`${pre}${JSON.stringify(e.at.toISOString())}${batchSegment(e.batchId)}${mid}${JSON.stringify(prev)}}`).toBe(body(e, prev));
        expect(auditHash(prev, e)).toBe(createHash("sha256").update(body(e, prev)).digest("hex"));
      }
    }
  });
});
