import { describe, expect, it } from "vitest";
import { readingProblems } from "./reading-problems";

const numeric = { kind: "NUMERIC", reportYear: 2023, negativeAllowed: false } as const;
const today = "2023-08-15";

describe("readingProblems", () => {
  it("names every problem of a reading at its field, at once", () => {
    expect(readingProblems(numeric, { asOf: "2022-12-31", actualValue: -3, done: null }, today)).toEqual([
      { field: "asOf", messageKey: "workflow.update.asOfBeforeYear", params: { year: 2023 } },
      { field: "actualValue", messageKey: "workflow.update.negative" },
    ]);
    expect(readingProblems({ kind: "MILESTONE", reportYear: 2023 }, { asOf: "2023-08-16", actualValue: null, done: null }, today)).toEqual([
      { field: "asOf", messageKey: "workflow.update.asOfFuture" },
      { field: "done", messageKey: "form.required" },
    ]);
  });

  it("finds nothing wrong with a reading that fits (a growth rate may fall below zero)", () => {
    expect(readingProblems(numeric, { asOf: "2023-01-01", actualValue: 0, done: null }, today)).toEqual([]);
    expect(readingProblems({ ...numeric, negativeAllowed: true }, { asOf: today, actualValue: -1.5, done: null }, today)).toEqual([]);
  });

  it("leaves out a rule it was not given and a field already refused as unreadable", () => {
    expect(readingProblems({}, { asOf: "1999-01-01", actualValue: null, done: null }, today)).toEqual([]);
    expect(readingProblems(numeric, { asOf: undefined, actualValue: undefined, done: null }, today)).toEqual([]);
  });
});
