import { describe, expect, it } from "vitest";
import { approvedInDateOrder, chartPoints } from "./chart-points";

describe("chartPoints", () => {
  it("puts the pace from 0% at the year start to 100% at the deadline beside each approved figure", () => {
    const points = chartPoints([{ asOf: "2023-07-02", percent: 40 }], "2023-01-01", "2023-12-31");
    expect(points.map((p) => p.day)).toEqual(["2023-01-01", "2023-07-02", "2023-12-31"]);
    expect(points[0]).toEqual({ day: "2023-01-01", actual: null, expected: 0 });
    expect(points[1].actual).toBe(40);
    expect(points[1].expected).toBeCloseTo(50, 0);
    expect(points[2].expected).toBe(100);
  });
  it("expects a growth rate or a ceiling at 100% throughout, as the status rule does", () => {
    // 地区生产总值增长7%, 7.5% reported as of 2023-06-30.
    const points = chartPoints([{ asOf: "2023-06-30", percent: 100 }], "2023-01-01", "2023-12-31", { running: true });
    expect(points.map((p) => p.expected)).toEqual([100, 100, 100]);
    // Before its first figure, the pace over the year, as the status rule has it.
    expect(chartPoints([], "2023-01-01", "2023-12-31", { running: true }).map((p) => p.expected)).toEqual([0, 100]);
  });
  it("draws the later of two figures of one day (the correction)", () => {
    const points = chartPoints([{ asOf: "2023-12-31", percent: 100 }, { asOf: "2023-12-31", percent: 60 }], "2023-01-01", "2023-12-31");
    expect(points.at(-1)).toEqual({ day: "2023-12-31", actual: 60, expected: 100 });
  });
  it("caps the pace at 100% after the deadline", () => {
    const points = chartPoints([{ asOf: "2024-02-29", percent: 90 }], "2023-01-01", "2023-06-30");
    expect(points[points.length - 1]).toEqual({ day: "2024-02-29", actual: 90, expected: 100 });
  });
});

describe("approvedInDateOrder", () => {
  it("keeps approved readings only, oldest first, whatever order the timeline has", () => {
    const updates = [
      { id: 4, state: "SUBMITTED", asOf: "2023-09-30" },
      { id: 3, state: "APPROVED", asOf: "2023-06-30" },
      { id: 5, state: "APPROVED", asOf: "2023-06-30" },
      { id: 2, state: "RETURNED", asOf: "2023-03-31" },
      { id: 1, state: "APPROVED", asOf: "2023-03-31" },
    ];
    expect(approvedInDateOrder(updates).map((u) => u.id)).toEqual([1, 3, 5]);
    // Of one day's readings the one submitted later (the higher id) comes last, and is drawn.
    expect(approvedInDateOrder([updates[2], updates[1]]).map((u) => u.id)).toEqual([3, 5]);
    expect(updates.map((u) => u.id)).toEqual([4, 3, 5, 2, 1]);
  });
});
