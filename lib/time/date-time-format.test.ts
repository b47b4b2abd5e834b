import { describe, expect, it } from "vitest";
import { chinaWallTime, formatZonedTime } from "./date-time-format";
import { todayIsoDay } from "./today";

/** What Intl says, the reference the arithmetic must equal. */
function intlWallTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")} ${get("hour")}:${get("minute")}:${get("second")}`;
}

describe("China time by arithmetic", () => {
  it("equals Intl's Asia/Shanghai at every kind of boundary from 1992 on", () => {
    const instants = [
      "1992-01-01T00:00:00Z", "1999-12-31T16:00:00Z", "2000-02-28T16:00:00Z", "2023-06-30T15:59:59Z",
      "2023-06-30T16:00:00Z", "2023-12-31T23:59:59.999Z", "2024-02-28T16:00:00Z", "2099-12-31T16:00:00Z",
    ].map((s) => new Date(s));
    // And a spread of instants over the years the app will see.
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2060, 0, 1); t += 7_777_777_777) instants.push(new Date(t));
    for (const instant of instants) {
      expect(formatZonedTime(instant, { seconds: true }), instant.toISOString()).toBe(intlWallTime(instant, "Asia/Shanghai"));
      expect(todayIsoDay(instant), instant.toISOString()).toBe(intlWallTime(instant, "Asia/Shanghai").slice(0, 10));
    }
  });

  it("leaves the years of China's summer time (1986–1991), other zones and invalid dates to Intl", () => {
    const summer1990 = new Date("1990-07-01T00:00:00Z");
    expect(chinaWallTime(summer1990, "Asia/Shanghai")).toBeNull();
    expect(formatZonedTime(summer1990, { seconds: true })).toBe(intlWallTime(summer1990, "Asia/Shanghai"));
    expect(chinaWallTime(new Date("2023-07-01T00:00:00Z"), "Europe/Berlin")).toBeNull();
    expect(formatZonedTime(new Date("2023-07-01T00:00:00Z"), { timeZone: "Europe/Berlin" })).toBe("2023-07-01 02:00");
    expect(chinaWallTime(new Date(Number.NaN), "Asia/Shanghai")).toBeNull();
  });

  it("writes minutes without seconds unless asked", () => {
    expect(formatZonedTime(new Date("2023-06-30T06:05:09Z"))).toBe("2023-06-30 14:05");
  });
});
