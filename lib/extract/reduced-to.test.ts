// A verb of reduction to a level (压降到, 减少到, 降至, 控制在 …) sets a ceiling and is no part of the
// name; 将 / 把 before its object name nothing either.

import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const brief = (c: ExtractedCommitment) => [c.indicator, c.comparator, c.value, c.unit];

describe("a verb of reduction to a level", () => {
  it("leaves the name as the thing counted, a ceiling (was «资产负债率70%以上的企业压»)", () => {
    expect(inPlan("资产负债率70%以上的企业压降到50家。").map(brief)).toEqual([["资产负债率70%以上的企业", "<=", 50, "家"]]);
    // The percent sizes which firms, it is no target of its own.
    expect(inPlan("资产负债率在70%以上的企业压降至50家以内。").map(brief)).toEqual([["资产负债率在70%以上的企业", "<=", 50, "家"]]);
  });

  it.each([
    ["亏损企业减少到10家。", "亏损企业"],
    ["亏损企业减至10家。", "亏损企业"],
    ["亏损企业降至10家。", "亏损企业"],
    ["亏损企业数量压减到10家。", "亏损企业数量"],
    ["低效企业缩减到10家。", "低效企业"],
    ["企业开办时间压缩到2个工作日。", "企业开办时间"],
    ["亏损企业控制在10家以内。", "亏损企业"],
  ])("%s → %s ≤", (plan, indicator) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ indicator, comparator: "<=" })]);
  });

  it("drops the 将 / 把 that puts the object before such a verb, not 将近 (nearly)", () => {
    expect(inPlan("将资产负债率70%以上的企业压降到50家。").map(brief)).toEqual([["资产负债率70%以上的企业", "<=", 50, "家"]]);
    expect(inPlan("将城镇调查失业率控制在5.5%以内。").map(brief)).toEqual([["城镇调查失业率", "<=", 5.5, "%"]]);
    expect(inPlan("把亏损企业减少到10家。").map(brief)).toEqual([["亏损企业", "<=", 10, "家"]]);
  });
});
