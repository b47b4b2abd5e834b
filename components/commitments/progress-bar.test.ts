import { describe, expect, it } from "vitest";
import { wholePercent } from "./progress-bar";

describe("a percent in whole numbers", () => {
  it("never reads as done when the target is not met: 14.95 of 15万亩 is 99%, not 100%", () => {
    expect(wholePercent(99.67)).toBe(99);
    expect(wholePercent(99.99)).toBe(99);
    expect(wholePercent(33.5)).toBe(33);
  });

  it("is 100 for a met target, and keeps a figure past it", () => {
    expect(wholePercent(100)).toBe(100);
    expect(wholePercent(120.4)).toBe(120);
  });
});
