import { describe, expect, it } from "vitest";
import { FREE_FAILURES, NAME_FREE_FAILURES, blockDurationMs, throttleKeys } from "./throttle-policy";

describe("blockDurationMs", () => {
  it("lets the first failures through, then doubles the wait, capped at 15 minutes", () => {
    expect(blockDurationMs(FREE_FAILURES - 1)).toBe(0);
    expect(blockDurationMs(FREE_FAILURES)).toBe(30_000);
    expect(blockDurationMs(FREE_FAILURES + 1)).toBe(60_000);
    expect(blockDurationMs(FREE_FAILURES + 20)).toBe(15 * 60_000);
  });
});

describe("what sign-in attempts are counted under", () => {
  it("is the name from the address, then the name from any address (which says when it is under attack)", () => {
    expect(throttleKeys("admin", "203.0.113.9")).toEqual([
      { key: "admin 203.0.113.9", free: FREE_FAILURES },
      { key: "admin", free: NAME_FREE_FAILURES },
    ]);
    expect(blockDurationMs(NAME_FREE_FAILURES - 1, NAME_FREE_FAILURES)).toBe(0);
    expect(blockDurationMs(NAME_FREE_FAILURES, NAME_FREE_FAILURES)).toBe(30_000);
  });

  it("is the name alone when the address is not known (next dev), as strict as one address", () => {
    expect(throttleKeys("admin", null)).toEqual([{ key: "admin", free: FREE_FAILURES }]);
  });
});
