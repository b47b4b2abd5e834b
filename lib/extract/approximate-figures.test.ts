// Words around a figure that say how it compares: 余 / 多 after the number (more than: a floor,
// as 以上), 近 / 约 before it (about: approx, as 左右), 超过 before it (a floor). None is part of
// the name.

import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";
import { findQuantities } from "./quantities";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const brief = (c: ExtractedCommitment) => [c.indicator, c.comparator, c.value, c.unit];

describe("余 / 多 between the number and its unit: more than the number", () => {
  // Each was no target at all: 余 and 多 stood between the number and its unit.
  it.each([
    ["新增企业2000余家。", "新增企业", 2000, "家"],
    ["建成项目100多个。", "建成项目", 100, "个"],
    ["新增2000余家企业。", "新增企业", 2000, "家"],
    ["建成100多个项目。", "建成项目", 100, "个"],
    ["新增就业20多万人。", "新增就业", 20, "万人"],
    ["新增市场主体1.5万多户。", "新增市场主体", 1.5, "万户"],
    ["新增就业1万余人。", "新增就业", 1, "万人"],
    ["旅游收入900余亿元。", "旅游收入", 900, "亿元"],
  ])("%s → %s ≥ %d %s", (plan, indicator, value, unit) => {
    expect(inPlan(plan).map(brief)).toEqual([[indicator, ">=", value, unit]]);
  });

  it("reads them after Chinese numerals too, and a magnitude alone before 余 as one of it", () => {
    expect(inPlan("新增企业两千余家。").map(brief)).toEqual([["新增企业", ">=", 2000, "家"]]);
    expect(inPlan("新增两千余家企业。").map(brief)).toEqual([["新增企业", ">=", 2000, "家"]]);
    expect(inPlan("新建学校十多所。").map(brief)).toEqual([["新建学校", ">=", 10, "所"]]);
    expect(inPlan("培育千余家科技型企业。").map(brief)).toEqual([["培育科技型企业", ">=", 1000, "家"]]);
    expect(inPlan("新增就业万余人。").map(brief)).toEqual([["新增就业", ">=", 1, "万人"]]);
  });

  it("reads the figures of the reports' own looks back (Luoyang 2023, Beijing 2025)", () => {
    const read = (clause: string) => findQuantities(clause).map((q) => [q.value, q.unit, q.qualifier]);
    expect(read("2600多名第一书记踊跃驻村")).toEqual([[2600, "名", "多"]]);
    expect(read("1.5万多名乡贤返乡创业")).toEqual([[1.5, "万名", "多"]]);
    expect(read("2000余家企业实施挥发性有机物等治理提升")).toEqual([[2000, "家", "余"]]);
    expect(read("“老老人”服务保障措施惠及80余万高龄和失能失智老年人")).toEqual([[80, "万", "余"]]);
    // 余 elsewhere is no figure's: 其余, 剩余.
    expect(read("其余5所改造提升")).toEqual([[5, "所", null]]);
  });
});

describe("近 / 约 right before the number: about so much", () => {
  it("is approx, as 左右 is, and leaves the name (was «帮扶农户近», =)", () => {
    expect(inPlan("帮扶农户近3000户。").map(brief)).toEqual([["帮扶农户", "approx", 3000, "户"]]);
    expect(inPlan("新增就业接近3万人，新增普惠性托位将近1.9万个。").map(brief)).toEqual([
      ["新增就业", "approx", 3, "万人"],
      ["新增普惠性托位", "approx", 1.9, "万个"],
    ]);
    // 约 after a noun was read as part of it («接待游客约», =).
    expect(inPlan("全年接待游客约3000万人次。").map(brief)).toEqual([["接待游客", "approx", 3000, "万人次"]]);
  });

  it("keeps the verb before the figure with the thing counted after it", () => {
    expect(inPlan("惠及近3000户农户。").map(brief)).toEqual([["惠及农户", "approx", 3000, "户"]]);
    expect(inPlan("在“老老人”较多的区域新建约50个养老服务中心。").map(brief)).toEqual([["新建养老服务中心", "approx", 50, "个"]]);
    expect(inPlan("在老旧小区新建超过50个养老服务中心。").map(brief)).toEqual([["新建养老服务中心", ">=", 50, "个"]]);
  });

  it("leaves a rate of change a rate, its sign from the verb (Beijing 2025 looks back: 增长近3倍, 减少近20%)", () => {
    // Both were read as levels: approx 3 倍 of «…增长», approx 20% of «…减少占比».
    expect(inPlan("新能源汽车产量增长近3倍。").map(brief)).toEqual([["新能源汽车产量", "growth", 3, "倍"]]);
    expect(inPlan("全市性督查检查考核事项减少近20%。").map(brief)).toEqual([["全市性督查检查考核事项", "growth", -20, "%"]]);
  });

  it("is not the 近 or 约 of a word (就近, 签约)", () => {
    expect(inPlan("就近入学率达到95%。").map(brief)).toEqual([["就近入学率", ">=", 95, "%"]]);
    expect(inPlan("新签约项目120个。").map(brief)).toEqual([["新签约项目", "=", 120, "个"]]);
  });
});

describe("超过 before the number", () => {
  it("is a floor, out of the name", () => {
    expect(inPlan("新增上市企业超过50家。").map(brief)).toEqual([["新增上市企业", ">=", 50, "家"]]);
  });
});
