import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const brief = (c: ExtractedCommitment) => [c.indicator, c.comparator, c.value, c.unit];

describe("a threshold's set phrase after the number is not the thing counted (大关, 关口, 台阶)", () => {
  it("names what passes the threshold", () => {
    expect(inPlan("力争实现进出口总额突破1000亿元大关。").map(brief)).toEqual([["进出口总额", ">=", 1000, "亿元"]]);
    expect(inPlan("地区生产总值跨越5000亿元关口，社会消费品零售总额迈上2000亿元台阶。").map(brief)).toEqual([
      ["地区生产总值", ">=", 5000, "亿元"],
      ["社会消费品零售总额", ">=", 2000, "亿元"],
    ]);
  });
});
