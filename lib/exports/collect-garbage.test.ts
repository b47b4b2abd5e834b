import { afterEach, describe, expect, it, vi } from "vitest";
import { collectGarbageSoon } from "./collect-garbage";

describe("the collection after an export", () => {
  const g = globalThis as { gc?: () => void };
  const original = g.gc;
  afterEach(() => {
    g.gc = original;
  });

  it("runs a full collection once the current work is done, when the server exposes one", async () => {
    const gc = vi.fn();
    g.gc = gc;
    collectGarbageSoon();
    expect(gc).not.toHaveBeenCalled();
    await new Promise((r) => setImmediate(r));
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it("does nothing where none is exposed (plain next start)", async () => {
    g.gc = undefined;
    expect(() => collectGarbageSoon()).not.toThrow();
    await new Promise((r) => setImmediate(r));
  });
});
