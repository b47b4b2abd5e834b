import { describe, expect, it } from "vitest";
import { defaultPeriodKey, parsePeriod } from "./parse-period";

describe("reporting periods", () => {
  it("reads a month, with the previous month's end (leap February included)", () => {
    expect(parsePeriod("2024-03")).toMatchObject({ kind: "month", start: "2024-03-01", end: "2024-03-31", previousEnd: "2024-02-29", previousKey: "2024-02" });
    expect(parsePeriod("2023-01")).toMatchObject({ previousEnd: "2022-12-31", previousKey: "2022-12" });
    expect(parsePeriod("2023-12")).toMatchObject({ end: "2023-12-31" });
  });

  it("reads a quarter, lower case too", () => {
    expect(parsePeriod("2023-Q2")).toMatchObject({ kind: "quarter", key: "2023-Q2", start: "2023-04-01", end: "2023-06-30", previousEnd: "2023-03-31", previousKey: "2023-Q1" });
    expect(parsePeriod("2023-q1")).toMatchObject({ key: "2023-Q1", previousKey: "2022-Q4", previousEnd: "2022-12-31" });
    expect(parsePeriod("2023-Q4")).toMatchObject({ end: "2023-12-31" });
  });

  it("refuses anything else", () => {
    for (const bad of ["", "2023", "2023-13", "2023-6", "2023-Q5", "23-06", "1999-01", "2023-06-01", null, undefined]) expect(parsePeriod(bad)).toBeNull();
  });

  it("defaults to the last complete month", () => {
    expect(defaultPeriodKey("2023-07-15")).toBe("2023-06");
    expect(defaultPeriodKey("2024-01-03")).toBe("2023-12");
    // A report of a year already over: its December, not the months after it.
    expect(defaultPeriodKey("2026-12-06", 2023)).toBe("2023-12");
    expect(defaultPeriodKey("2023-07-15", 2023)).toBe("2023-06");
    expect(defaultPeriodKey("2024-01-03", 2023)).toBe("2023-12");
  });
});
