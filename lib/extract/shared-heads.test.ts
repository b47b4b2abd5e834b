// A head noun written after the last of a list of modifiers is each one's (城镇、农村居民人均可支配收入),
// and a compound of two (城乡) is split where the text says the figures are each one's (分别, 均).

import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const brief = (c: ExtractedCommitment) => [c.indicator, c.comparator, c.value, c.unit];
const INCOMES = ["城镇居民人均可支配收入", "农村居民人均可支配收入"];

describe("a list of modifiers sharing the head noun after the last", () => {
  it("gives the head to each, paired by 分别 (the first was «城镇收入»)", () => {
    expect(inPlan("城镇、农村居民人均可支配收入分别增长6%、8%。").map(brief)).toEqual([
      [INCOMES[0], "growth", 6, "%"],
      [INCOMES[1], "growth", 8, "%"],
    ]);
    expect(inPlan("城镇和农村居民人均可支配收入分别增长6%、8%。").map((c) => c.indicator)).toEqual(INCOMES);
    // An item that says part of the head already takes the rest of it.
    expect(inPlan("城镇居民、农村居民人均可支配收入分别增长6%、8%。").map((c) => c.indicator)).toEqual(INCOMES);
    expect(inPlan("城市、农村污水处理率分别达到98%、60%。").map(brief)).toEqual([
      ["城市污水处理率", ">=", 98, "%"],
      ["农村污水处理率", ">=", 60, "%"],
    ]);
    // The quote of each still holds its own figure and the head.
    expect(inPlan("城镇、农村居民人均可支配收入分别增长6%、8%。")[0].quote).toBe("城镇、农村居民人均可支配收入分别增长6%");
  });

  it("makes one figure each one's target too: two statistics, each met or missed apart (the first was «城镇»)", () => {
    expect(inPlan("城镇、农村居民人均可支配收入增长7%。").map(brief)).toEqual([
      [INCOMES[0], "growth", 7, "%"],
      [INCOMES[1], "growth", 7, "%"],
    ]);
    // 均 says so, and is no part of the name (was «农村居民人均可支配收入均»).
    expect(inPlan("城镇、农村居民人均可支配收入均增长7%。").map(brief)).toEqual([
      [INCOMES[0], "growth", 7, "%"],
      [INCOMES[1], "growth", 7, "%"],
    ]);
    expect(inPlan("城镇和农村居民人均可支配收入均增长7%。").map((c) => c.indicator)).toEqual(INCOMES);
    expect(inPlan("地区生产总值、人均GDP均增长7%。").map((c) => c.indicator)).toEqual(["地区生产总值", "人均GDP"]);
  });

  it("reads the reports' own 均 sentences so (Beijing 2025, State Council 2023 look back)", () => {
    // Were «食品», «药品抽检合格率均占比» and «草原综合植被盖度和湿地保护率均占比».
    expect(inPlan("食品、药品抽检合格率均超99%。").map(brief)).toEqual([
      ["食品抽检合格率", ">=", 99, "%"],
      ["药品抽检合格率", ">=", 99, "%"],
    ]);
    expect(inPlan("草原综合植被盖度和湿地保护率均达50%以上。").map(brief)).toEqual([
      ["草原综合植被盖度", ">=", 50, "%"],
      ["湿地保护率", ">=", 50, "%"],
    ]);
  });

  it("shares only the metric when the items are no modifiers of one kind", () => {
    expect(inPlan("规上工业、服务业增加值分别增长8%、6%。").map((c) => c.indicator)).toEqual(["规上工业增加值", "服务业增加值"]);
    expect(inPlan("牛、羊饲养量分别达到50万头、170万只。").map((c) => c.indicator)).toEqual(["牛饲养量", "羊饲养量"]);
  });
});

describe("a compound of two modifiers (城乡, 进出口)", () => {
  it("is split by 分别 with two figures (the second was quoted «8%» alone, both «城乡…»)", () => {
    const found = inPlan("城乡居民人均可支配收入分别增长6%、8%。");
    expect(found.map(brief)).toEqual([
      [INCOMES[0], "growth", 6, "%"],
      [INCOMES[1], "growth", 8, "%"],
    ]);
    expect(found[1].quote).toBe("城乡居民人均可支配收入分别增长6%、8%");
    expect(inPlan("城乡低保标准分别提高到800元、600元。").map(brief)).toEqual([
      ["城镇低保标准", ">=", 800, "元"],
      ["农村低保标准", ">=", 600, "元"],
    ]);
    expect(inPlan("进出口总额分别增长5%、6%。").map((c) => c.indicator)).toEqual(["进口总额", "出口总额"]);
  });

  it("is split by 均, and left whole when nothing says the figure is each one's", () => {
    expect(inPlan("城乡居民人均可支配收入均增长7%。").map((c) => c.indicator)).toEqual(INCOMES);
    expect(inPlan("城乡居民人均可支配收入增长7%。").map((c) => c.indicator)).toEqual(["城乡居民人均可支配收入"]);
    expect(inPlan("城乡居民人均可支配收入分别增长6%。").map((c) => c.indicator)).toEqual(["城乡居民人均可支配收入"]);
  });
});
