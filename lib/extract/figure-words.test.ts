// One list each of the words a figure is read with: "at least" words (comparators.ts), rate units
// and magnitudes (units.ts). Where the copies differed, a word one knew the other read as a name.

import { describe, expect, it } from "vitest";
import { isRateUnit, RATE_UNITS as LIGHT_RATE_UNITS } from "@/lib/progress/status-thresholds";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport } from "./index";
import { RATE_UNITS } from "./units";

const read = (clause: string) =>
  extractReport(miniReport(clause))
    .commitments.filter((c) => c.section !== "二")
    .map((c) => [c.indicator, c.value ?? [c.min, c.max], c.unit, c.comparator]);

describe("one list of at-least words", () => {
  it("keeps a growth a growth behind any of them, the word out of the name (was «研发投入增长至少占比» ≥)", () => {
    expect(read("研发投入增长至少10%。")).toEqual([["研发投入", 10, "%", "growth"]]);
    expect(read("研发投入增长多于10%。")).toEqual([["研发投入", 10, "%", "growth"]]);
    expect(read("研发投入增长超过10%。")).toEqual([["研发投入", 10, "%", "growth"]]);
  });

  it("leaves any of them out of a verb kept before the thing counted (was «养老服务中心», the 新建 lost)", () => {
    expect(read("在老城区新建突破50个养老服务中心。")).toEqual([["新建养老服务中心", 50, "个", ">="]]);
    expect(read("在老城区新建超过50个养老服务中心。")).toEqual([["新建养老服务中心", 50, "个", ">="]]);
  });
});

describe("one list of rate units", () => {
  it("reads a fall in per mille as a growth of its own sign, as in percent (was «人口自然增长率下降» = 1‰)", () => {
    expect(read("人口自然增长率下降1‰。")).toEqual([["人口自然增长率", -1, "‰", "growth"]]);
  });

  it("is the status light's list too", () => {
    expect(LIGHT_RATE_UNITS).toBe(RATE_UNITS);
    expect(["%", "‰", "个百分点"].every(isRateUnit)).toBe(true);
    // A multiple is a rate of change for the extractor (增长1倍), not a unit of rates for the light.
    expect(isRateUnit("倍")).toBe(false);
  });
});

describe("one list of magnitudes", () => {
  it("reads 余 after any magnitude, before a unit that opens like one (2万余千瓦 was = 2 万, 5千万余元 no figure)", () => {
    expect(read("新增装机容量2万余千瓦。")).toEqual([["新增装机容量", 2, "万千瓦", ">="]]);
    expect(read("新增投资5千万余元。")).toEqual([["新增投资", 5, "千万元", ">="]]);
    expect(read("新增就业1.5万多名、2000余人。").map(([, value, unit, comparator]) => [value, unit, comparator])).toEqual([
      [1.5, "万名", ">="],
      [2000, "人", ">="],
    ]);
  });
});
