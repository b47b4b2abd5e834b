import { describe, expect, it } from "vitest";
import { answeredReturn } from "./answered-return";

// 新建城市书房: the June and September readings were both returned and wait for an answer.
const june = { id: 50, asOf: "2023-06-30" };
const september = { id: 44, asOf: "2023-09-30" };
const septemberCorrected = { id: 61, asOf: "2023-09-30" };

describe("the returned reading a reading sent without naming one answers", () => {
  it("is none when nothing returned waits for an answer", () => {
    expect(answeredReturn([], "2023-09-30")).toBeNull();
  });

  it("is the only one waiting, whatever day the new reading is of", () => {
    for (const asOf of ["2023-05-31", "2023-06-30", "2023-12-31"]) expect(answeredReturn([june], asOf), asOf).toBe(june);
  });

  it("is the one of the same day when several wait, else the latest in the order of readings (day, then id)", () => {
    expect(answeredReturn([september, june], "2023-06-30")).toBe(june);
    expect(answeredReturn([june, september], "2023-09-30")).toBe(september);
    // Sent before the June one (a lower id), the September reading still comes later: its day does.
    expect(answeredReturn([june, september], "2023-10-31")).toBe(september);
    expect(answeredReturn([june, september], "2023-08-31")).toBe(september);
    // Two of one day: the later sent, the correction.
    expect(answeredReturn([septemberCorrected, september, june], "2023-09-30")).toBe(septemberCorrected);
    expect(answeredReturn([september, septemberCorrected, june], "2023-12-31")).toBe(septemberCorrected);
  });
});
