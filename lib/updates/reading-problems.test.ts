import { describe, expect, it } from "vitest";
import { readingProblems } from "./reading-problems";

const numeric = { kind: "NUMERIC", reportYear: 2023, lowest: 0 } as const;
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
    expect(readingProblems({ ...numeric, lowest: null }, { asOf: today, actualValue: -1.5, done: null }, today)).toEqual([]);
    expect(readingProblems({ ...numeric, lowest: -100 }, { asOf: today, actualValue: -100, done: null }, today)).toEqual([]);
  });

  it("refuses a growth rate below -100%: nothing falls by more than all of it", () => {
    expect(readingProblems({ ...numeric, lowest: -100 }, { asOf: today, actualValue: -120, done: null }, today)).toEqual([{ field: "actualValue", messageKey: "workflow.update.growthBelowAll" }]);
  });

  it("refuses a share outside 0–100% (农作物良种覆盖率 150% or −5%), and takes all of it or none", () => {
    const share = { ...numeric, lowest: null, share: true };
    for (const figure of [150, 100.01, -5]) {
      expect(readingProblems(share, { asOf: today, actualValue: figure, done: null }, today), String(figure)).toEqual([{ field: "actualValue", messageKey: "workflow.update.outsideShare" }]);
    }
    for (const figure of [0, 97.5, 100]) expect(readingProblems(share, { asOf: today, actualValue: figure, done: null }, today)).toEqual([]);
  });

  it("leaves out a rule it was not given and a field already refused as unreadable", () => {
    expect(readingProblems({}, { asOf: "1999-01-01", actualValue: null, done: null }, today)).toEqual([]);
    expect(readingProblems(numeric, { asOf: undefined, actualValue: undefined, done: null }, today)).toEqual([]);
  });
});
