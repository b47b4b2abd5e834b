import { describe, expect, it } from "vitest";
import { todayIsoDay } from "./today";

describe("todayIsoDay", () => {
  it("is the calendar day in Beijing, not in UTC", () => {
    expect(todayIsoDay(new Date("2023-06-30T17:00:00Z"))).toBe("2023-07-01");
    expect(todayIsoDay(new Date("2023-06-30T15:59:59Z"))).toBe("2023-06-30");
  });
});
