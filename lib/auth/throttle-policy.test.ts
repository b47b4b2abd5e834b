import { describe, expect, it } from "vitest";
import { FREE_FAILURES, blockDurationMs } from "./throttle-policy";

describe("blockDurationMs", () => {
  it("lets the first failures through, then doubles the wait, capped at 15 minutes", () => {
    expect(blockDurationMs(FREE_FAILURES - 1)).toBe(0);
    expect(blockDurationMs(FREE_FAILURES)).toBe(30_000);
    expect(blockDurationMs(FREE_FAILURES + 1)).toBe(60_000);
    expect(blockDurationMs(FREE_FAILURES + 20)).toBe(15 * 60_000);
  });
});
