import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractionResult } from "./index";

const beijing = extractReport(loadReport("beijing-2025"));
const luoyang = extractReport(loadReport("luoyang-2023"));

/** The name of the target quoted with `words`, with its figure. */
function named(result: ExtractionResult, words: string, value: number): string | undefined {
  return result.commitments.find((c) => c.quote.includes(words) && c.value === value)?.indicator;
}

function indicators(plan: string): string[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二").map((c) => c.indicator);
}

describe("a verb of work on the things counted stays in the name (建设, 完善, 改善, 推进 …)", () => {
  it("says the things were built this year, not that there are so many (Beijing 2025)", () => {
    // Written before the number …
    expect(named(beijing, "建设高标准农田15万亩", 15)).toBe("建设高标准农田");
    // … and after it, the verb right before the number.
    expect(named(beijing, "利用闲置空间、人防工程等建设2.5万个停车位", 2.5)).toBe("建设停车位");
    expect(named(beijing, "建设筹集保障性租赁住房5万套", 5)).toBe("建设筹集保障性租赁住房");
  });

  it("says what is improved, not a quality counted (Beijing 2025)", () => {
    expect(named(beijing, "改善宛平城等12个重点区域周边环境面貌", 12)).toBe("改善重点区域周边环境面貌");
    expect(named(beijing, "完善首批10个育新基地功能", 10)).toBe("完善育新基地功能");
    expect(named(beijing, "完善1000个居住小区再生资源回收体系", 1000)).toBe("完善居住小区再生资源回收体系");
  });

  it("drops the manner, keeps the verb, and carries it along a list (Luoyang 2023)", () => {
    expect(named(luoyang, "加快建设郑州至洛阳等 4 条高速公路", 4)).toBe("建设高速公路");
    expect(named(luoyang, "推进九都路沿线交通节点改造等 31 项市政道路工程", 31)).toBe("推进市政道路工程");
    expect(named(luoyang, "建好用好7个外贸转型升级基地", 7)).toBe("建好用好外贸转型升级基地");
    // "高质量建设3个国家级、5个省级区域医疗中心": the level borrows its noun, the second count the verb.
    expect(named(luoyang, "高质量建设3个国家级", 3)).toBe("建设国家级区域医疗中心");
    expect(named(luoyang, "5个省级区域医疗中心", 5)).toBe("建设省级区域医疗中心");
  });

  it("keeps a run of such verbs whole, and gives a listed item its own verb, not the list's as well", () => {
    expect(indicators("提升改造50个农贸市场。")).toEqual(["提升改造农贸市场"]);
    expect(indicators("推进老旧小区改造300个，建设城市书房30个。")).toEqual(["推进老旧小区改造", "建设城市书房"]);
    expect(indicators("新建学校5所、完善幼儿园10所。")).toEqual(["新建学校", "完善幼儿园"]);
  });

  it("leaves a name that is a measured quantity, or already the work, as it was", () => {
    expect(named(luoyang, "地区生产总值、人均GDP", 7)).toBe("地区生产总值");
    expect(named(luoyang, "年度完成投资2600亿元", 2600)).toBe("10亿元以上重大项目年度完成投资");
    expect(named(luoyang, "高新技术企业 200 家", 200)).toBe("新增高新技术企业");
    // A rate or a sum of money is a measure of its own: the comparator says which way it goes.
    // Nor does the verb the name dropped carry along the list.
    expect(indicators("提升城市绿化覆盖率到45%、公园30个。推进重点项目完成投资100亿元。")).toEqual(["城市绿化覆盖率", "公园", "重点项目完成投资"]);
    // 实施 says only that the projects are carried out; 推动 opens what it causes.
    expect(indicators("实施388个重大项目。推动800个社区便民服务站标准化建设。")).toEqual(["重大项目", "社区便民服务站标准化建设"]);
  });
});
