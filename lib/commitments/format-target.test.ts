import { describe, expect, it } from "vitest";
import { formatTarget } from "./format-target";

const base = { targetValue: null, targetMin: null, targetMax: null, unit: null };

describe("formatTarget", () => {
  it("writes each comparator the way the report reads", () => {
    expect(formatTarget({ ...base, comparator: "AT_LEAST", targetValue: "2500.0000", unit: "个" })).toBe("≥ 2500个");
    expect(formatTarget({ ...base, comparator: "RANGE", targetMin: "5.0000", targetMax: "8.0000", unit: "个" })).toBe("5–8个");
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: "7.0000", unit: "%" })).toBe("增长 7%");
    expect(formatTarget({ ...base, comparator: "AT_MOST", targetValue: "5.5000", unit: "%" })).toBe("≤ 5.5%");
    expect(formatTarget({ ...base, comparator: "EQUAL", targetValue: "0.2500", unit: "万亩" })).toBe("0.25万亩");
    expect(formatTarget({ ...base, comparator: "APPROX", targetValue: 3.5, unit: "%" }, "en")).toBe("≈ 3.5%");
  });
  it("writes a negative growth target as a fall", () => {
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: "-3.0000", unit: "%" })).toBe("下降 3%");
    expect(formatTarget({ ...base, comparator: "GROWTH", targetValue: -2.5, unit: "%" }, "en")).toBe("decline 2.5%");
  });
  it("is empty for milestones", () => {
    expect(formatTarget({ ...base, comparator: null })).toBe("");
  });
});
