import { describe, expect, it } from "vitest";
import { auditHash } from "./audit-hash";
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
