import { describe, expect, it } from "vitest";
import { calendarDaysSince } from "./calendar-days-since";

describe("calendar days waited, in Beijing", () => {
  it("counts the night an update was sent at 23:30 as a day by the next morning", () => {
    // 2026-12-05 23:30 and 2026-12-06 09:00 in Beijing.
    expect(calendarDaysSince("2026-12-05T15:30:00.000Z", new Date("2026-12-06T01:00:00.000Z"))).toBe(1);
  });

  it("is 0 the whole day it was sent, from just after midnight to just before the next", () => {
    expect(calendarDaysSince("2026-12-05T16:01:00.000Z", new Date("2026-12-06T15:59:00.000Z"))).toBe(0);
  });

  it("counts whole calendar days, and never less than 0 (a clock running behind)", () => {
    expect(calendarDaysSince(new Date("2026-11-30T08:00:00.000Z"), new Date("2026-12-06T01:00:00.000Z"))).toBe(6);
    expect(calendarDaysSince("2026-12-06T10:00:00.000Z", new Date("2026-12-05T10:00:00.000Z"))).toBe(0);
  });
});
