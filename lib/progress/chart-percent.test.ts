import { describe, expect, it } from "vitest";
import { chartPercent } from "./chart-percent";

describe("a chart's percent", () => {
  it("keeps an unmet figure below 100 (重点项目完成投资 399.996 of 400亿元)", () => {
    expect(chartPercent(99.999)).toBe("99.99%");
    expect(chartPercent(99.99)).toBe("99.99%");
    expect(chartPercent(100)).toBe("100%");
  });

  it("says two decimals at most, without trailing zeros", () => {
    expect(chartPercent(49.58904109589041)).toBe("49.59%");
    expect(chartPercent(77.32)).toBe("77.32%");
    expect(chartPercent(50)).toBe("50%");
    expect(chartPercent(0)).toBe("0%");
  });
});
