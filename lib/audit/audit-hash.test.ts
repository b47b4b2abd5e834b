import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { auditHash, auditHashHead } from "./audit-hash";
import { canonicalJson } from "./canonical-json";

const event = { actorId: 1, action: "a", entity: "E", entityId: "1", before: { b: 1, a: 2 }, after: null, at: new Date("2023-01-04T00:00:00Z") };

describe("audit hashing", () => {
  it("does not depend on key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
    expect(auditHash(null, event)).toBe(auditHash(null, { ...event, before: { a: 2, b: 1 } }));
  });
  it("changes with the content and with the previous link", () => {
    const h = auditHash(null, event);
    expect(auditHash(null, { ...event, entityId: "2" })).not.toBe(h);
    expect(auditHash("x", event)).not.toBe(h);
  });
});

describe("the hash's head (what PostgreSQL completes with the chain's head)", () => {
  it("is the canonical text of the event with prevHash last, so head + link + } is what is hashed", () => {
    const body = (prevHash: string | null) =>
      canonicalJson({ prevHash, actorId: event.actorId, action: event.action, entity: event.entity, entityId: event.entityId, before: event.before, after: event.after, at: event.at.toISOString() });
    for (const prev of [null, "ab12"]) {
      expect(`${auditHashHead(event)}${JSON.stringify(prev)}}`).toBe(body(prev));
      expect(auditHash(prev, event)).toBe(createHash("sha256").update(body(prev)).digest("hex"));
    }
  });
  it("keeps a nested prevHash key where it belongs", () => {
    const nested = { ...event, after: { prevHash: "", z: 1 } };
    expect(auditHashHead(nested)).toMatch(/"after":\{"prevHash":"","z":1\}.*"prevHash":$/);
  });
});
