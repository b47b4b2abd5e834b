// 分别 with the things listed after it, or with the verb after it.

import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const paired = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.value, c.unit, c.quote]);

describe("分别 before a verb and the things it lists", () => {
  it("pairs each thing with its number, the verb given to each (both were named «新建幼儿园、中小学»)", () => {
    expect(paired("分别新建幼儿园、中小学10所、20所。")).toEqual([
      ["新建幼儿园", 10, "所", "分别新建幼儿园、中小学10所"],
      ["新建中小学", 20, "所", "分别新建幼儿园、中小学10所、20所"],
    ]);
    expect(paired("全年分别新建幼儿园、中小学、养老院10所、20所、5个。").map(([name, value, unit]) => [name, value, unit])).toEqual([
      ["新建幼儿园", 10, "所"],
      ["新建中小学", 20, "所"],
      ["新建养老院", 5, "个"],
    ]);
  });

  it("names them as before a number: a verb that only carries out goes, a level alone borrows the noun", () => {
    expect(inPlan("分别实施工业项目、农业项目100个、50个。").map((c) => [c.indicator, c.value])).toEqual([
      ["工业项目", 100],
      ["农业项目", 50],
    ]);
    expect(inPlan("分别培育省级、市级龙头企业10家、20家。").map((c) => [c.indicator, c.value])).toEqual([
      ["培育省级龙头企业", 10],
      ["培育市级龙头企业", 20],
    ]);
  });

  it("carries the verb and level as a list without 分别 does: not onto an item with a verb of its own (was «新建改扩建中小学»)", () => {
    const names = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.value]);
    expect(names("分别新建幼儿园、改扩建中小学10所、20所。")).toEqual([
      ["新建幼儿园", 10],
      ["改扩建中小学", 20],
    ]);
    expect(names("分别新建幼儿园、改扩建中小学10所、20所。").map(([name]) => name)).toEqual(names("新建幼儿园10所、改扩建中小学20所。").map(([name]) => name));
    // A level after a verb of recognition is every item's (was «创建农民合作社示范社»).
    expect(names("分别创建市级以上示范家庭农场、农民合作社示范社25家、20家。")).toEqual([
      ["创建市级以上示范家庭农场", 25],
      ["创建市级以上农民合作社示范社", 20],
    ]);
  });

  it("pairs nothing when the things and the numbers do not match in count", () => {
    expect(inPlan("分别新建幼儿园、中小学10所。").map((c) => [c.indicator, c.value])).toEqual([["新建幼儿园、中小学", 10]]);
  });
});

describe("分别 after the things, before the verb", () => {
  it("gives each thing the verb that makes its count one of new things (was «幼儿园», «中小学»)", () => {
    expect(inPlan("幼儿园、中小学分别新建10所、20所。").map((c) => [c.indicator, c.value])).toEqual([
      ["新建幼儿园", 10],
      ["新建中小学", 20],
    ]);
    // Not a verb of level or of growth: a rate keeps its own name.
    expect(inPlan("牛、羊饲养量分别达到50万头、170万只。").map((c) => c.indicator)).toEqual(["牛饲养量", "羊饲养量"]);
    expect(inPlan("工业、农业增加值分别提升5%、6%。").map((c) => c.indicator)).toEqual(["工业增加值", "农业增加值"]);
  });
});

describe("分别 with an amount per period", () => {
  const read = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.value, c.unit, c.comparator]);

  it("gives every figure listed the period written before the first (the second was 元, the paired ones both)", () => {
    expect(read("低保标准分别提高到每月800元、600元。")).toEqual([
      ["低保标准", 800, "元/月", ">="],
      ["低保标准", 600, "元/月", ">="],
    ]);
    expect(read("城市、农村低保标准分别提高到每月800元、600元。")).toEqual([
      ["城市低保标准", 800, "元/月", ">="],
      ["农村低保标准", 600, "元/月", ">="],
    ]);
  });

  it("takes a period ending the things listed out of their names, as before a number (was «城市低保标准每月» 元)", () => {
    expect(read("低保标准每月分别提高到800元、600元。").map(([, , unit]) => unit)).toEqual(["元/月", "元/月"]);
    expect(read("城市、农村低保标准每月分别提高到800元、600元。")).toEqual([
      ["城市低保标准", 800, "元/月", ">="],
      ["农村低保标准", 600, "元/月", ">="],
    ]);
  });

  it("gives the period to no count (nor its name: was «新建中小学每年»), nor to a figure after the list", () => {
    expect(read("幼儿园、中小学每年分别新建10所、20所。")).toEqual([
      ["新建幼儿园", 10, "所", "="],
      ["新建中小学", 20, "所", "="],
    ]);
    expect(read("城市、农村低保标准分别提高到每月800元、600元，新增就业1万人。").map(([, , unit]) => unit)).toEqual(["元/月", "元/月", "万人"]);
  });
});
