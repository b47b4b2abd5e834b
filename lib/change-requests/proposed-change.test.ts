import { describe, expect, it } from "vitest";
import { earliestExtension } from "./proposed-change";

describe("the earliest deadline an extension may ask for", () => {
  it("is the day after the current deadline while that is still ahead", () => {
    expect(earliestExtension("2023-12-31", "2023-06-30")).toBe("2024-01-01");
    expect(earliestExtension(new Date("2024-02-28T00:00:00Z"), "2024-01-15")).toBe("2024-02-29");
  });

  it("is today once the deadline has passed: no extension to a day already gone", () => {
    expect(earliestExtension("2023-12-31", "2026-12-05")).toBe("2026-12-05");
    expect(earliestExtension("2026-12-04", "2026-12-05")).toBe("2026-12-05");
  });
});
