import { describe, expect, it } from "vitest";
import { daysBetween, reportYearStart, toEpochDay, toIsoDay, yearStartOf } from "./iso-day";

describe("calendar days", () => {
  it("counts leap years", () => {
    expect(daysBetween("2024-01-01", "2024-12-31")).toBe(365);
    expect(daysBetween("2023-01-01", "2023-12-31")).toBe(364);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-29")).toBe(-1);
  });

  it("reads a Date as its UTC calendar day", () => {
    expect(toEpochDay(new Date("2024-02-29T00:00:00Z"))).toBe(toEpochDay("2024-02-29"));
    expect(toEpochDay(new Date("2024-02-29T23:59:59Z"))).toBe(toEpochDay("2024-02-29"));
    expect(toIsoDay(new Date("2024-02-29T00:00:00Z"))).toBe("2024-02-29");
  });

  it("refuses days that do not exist and text that is not a day", () => {
    expect(() => toEpochDay("2023-02-29")).toThrow(RangeError);
    expect(() => toEpochDay("2023-13-01")).toThrow(RangeError);
    expect(() => toEpochDay("2023-6-30")).toThrow(RangeError);
    expect(() => toEpochDay(new Date("nonsense"))).toThrow(RangeError);
  });

  it("starts the pace on Jan 1 of the report year", () => {
    expect(reportYearStart(2023)).toBe("2023-01-01");
    expect(yearStartOf("2024-02-29")).toBe("2024-01-01");
    expect(() => reportYearStart(2023.5)).toThrow(RangeError);
  });
});
