import { describe, expect, it } from "vitest";
import { chartPoints } from "./chart-points";

describe("chartPoints", () => {
  it("puts the pace from 0% at the year start to 100% at the deadline beside each approved figure", () => {
    const points = chartPoints([{ asOf: "2023-07-02", percent: 40 }], "2023-01-01", "2023-12-31");
    expect(points.map((p) => p.day)).toEqual(["2023-01-01", "2023-07-02", "2023-12-31"]);
    expect(points[0]).toEqual({ day: "2023-01-01", actual: null, expected: 0 });
    expect(points[1].actual).toBe(40);
    expect(points[1].expected).toBeCloseTo(50, 0);
    expect(points[2].expected).toBe(100);
  });
  it("caps the pace at 100% after the deadline", () => {
    const points = chartPoints([{ asOf: "2024-02-29", percent: 90 }], "2023-01-01", "2023-06-30");
    expect(points[points.length - 1]).toEqual({ day: "2024-02-29", actual: 90, expected: 100 });
  });
});
