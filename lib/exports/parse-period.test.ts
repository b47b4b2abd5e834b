import { describe, expect, it } from "vitest";
import { defaultPeriodKey, parsePeriod, periodChoices } from "./parse-period";

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

  it("reads a whole year (全年), against the year before", () => {
    expect(parsePeriod(" 2023 ")).toEqual({ key: "2023", kind: "year", year: 2023, index: 1, start: "2023-01-01", end: "2023-12-31", previousEnd: "2022-12-31", previousKey: "2022" });
  });

  it("refuses anything else", () => {
    for (const bad of ["", "1999", "2101", "202", "2023-", "2023-Y", "2023-13", "2023-6", "2023-Q5", "23-06", "1999-01", "2023-06-01", null, undefined]) expect(parsePeriod(bad)).toBeNull();
  });

  it("defaults to the last complete month, or the whole year once the report's year is over", () => {
    expect(defaultPeriodKey("2023-07-15")).toBe("2023-06");
    expect(defaultPeriodKey("2024-01-03")).toBe("2023-12");
    // A report of a year already over: the whole year (its year-end closings come after 12-31),
    // not its December nor the months after it.
    expect(defaultPeriodKey("2026-12-06", 2023)).toBe("2023");
    expect(defaultPeriodKey("2024-01-01", 2023)).toBe("2023");
    expect(defaultPeriodKey("2023-12-31", 2023)).toBe("2023-11");
    expect(defaultPeriodKey("2023-07-15", 2023)).toBe("2023-06");
    // A report of a year still to come (imported in December): the last month, refused later.
    expect(defaultPeriodKey("2022-12-20", 2023)).toBe("2022-11");
  });

  it("offers the periods of the report's year begun by today, the whole year first", () => {
    expect(periodChoices(2023, "2023-05-02").map((p) => p.key)).toEqual(["2023", "2023-Q1", "2023-Q2", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05"]);
    expect(periodChoices(2023, "2026-12-07")).toHaveLength(17);
    expect(periodChoices(2023, "2022-12-20")).toEqual([]);
  });
});
