import { describe, expect, it } from "vitest";
import { LruMap } from "./lru-map";

describe("LruMap", () => {
  it("forgets the least recently used entry when full", () => {
    const map = new LruMap<number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // "a" is now the most recent
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect([map.get("a"), map.get("c"), map.size]).toEqual([1, 3, 2]);
  });

  it("replaces a key in place and deletes on request", () => {
    const map = new LruMap<number>(2);
    map.set("a", 1);
    map.set("a", 2);
    expect([map.get("a"), map.size]).toEqual([2, 1]);
    map.delete("a");
    expect(map.get("a")).toBeUndefined();
  });

  it("peeks and replaces without changing what is forgotten next, and replaces nothing that is gone", () => {
    const map = new LruMap<number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.peek("a")).toBe(1);
    map.replace("a", 10);
    map.set("c", 3); // "a" is still the least recently used
    expect([map.peek("a"), map.peek("b"), map.peek("c")]).toEqual([undefined, 2, 3]);
    map.replace("a", 11);
    expect([map.peek("a"), map.size]).toEqual([undefined, 2]);
  });
});
