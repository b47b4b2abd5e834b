import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractionResult } from "./index";

const beijing = extractReport(loadReport("beijing-2025"));
const luoyang = extractReport(loadReport("luoyang-2023"));

/** The name of the target quoted with `words`, with its figure (the upper end of a range). */
function named(result: ExtractionResult, words: string, value: number): string | undefined {
  return result.commitments.find((c) => c.quote.replace(/\s+/g, "").includes(words) && (c.value ?? c.max) === value)?.indicator;
}

function indicators(plan: string): string[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二").map((c) => c.indicator);
}

describe("a verb that recognises, cultivates, brings in or plans the things counted stays in the name", () => {
  it("says the titles are won this year, not that there are so many (培育, 认定, 争创, 创建, 评选, 遴选)", () => {
    expect(named(luoyang, "培育数字化转型服务商15家", 15)).toBe("培育数字化转型服务商");
    expect(named(luoyang, "认定市级以上龙头企业15家", 15)).toBe("认定市级以上龙头企业");
    expect(named(luoyang, "争创省级绿色制造示范单位8家以上", 8)).toBe("争创省级绿色制造示范单位");
    expect(named(luoyang, "争创2家省级以上夜间文旅消费集聚区", 2)).toBe("争创省级以上夜间文旅消费集聚区");
    expect(named(luoyang, "培育5—10个省级以上乡村旅游品牌", 10)).toBe("培育省级以上乡村旅游品牌");
    expect(named(beijing, "创建美丽乡村路300公里", 300)).toBe("创建美丽乡村路");
    expect(named(luoyang, "遴选市级试点企业30家以上", 30)).toBe("遴选市级试点企业");
    // Carried along the list, as a flow verb is.
    expect(named(luoyang, "评选河洛大工匠5-10名", 10)).toBe("评选河洛大工匠");
    expect(named(luoyang, "河洛工匠60名", 60)).toBe("评选河洛工匠");
  });

  it("says the firms, shops and projects are brought in or planned this year (引入, 招引, 落户, 谋划)", () => {
    expect(named(luoyang, "引入行业头部企业20家以上", 20)).toBe("引入行业头部企业");
    expect(named(luoyang, "落户品牌首店20个以上", 20)).toBe("落户品牌首店");
    expect(named(luoyang, "招引亿元以上项目80个", 80)).toBe("招引亿元以上项目");
    expect(named(luoyang, "谋划亿元以上产业项目200个", 200)).toBe("谋划亿元以上产业项目");
    // A verb alone still counts the thing named before, without the first verb.
    expect(named(luoyang, "新签约120个", 120)).toBe("新签约亿元以上产业项目");
  });

  it("drops the verb before a rate or a sum of money, and verbs that only say the thing is carried out", () => {
    expect(indicators("培育专精特新企业营业收入达到100亿元。")).toEqual(["专精特新企业营业收入"]);
    expect(indicators("组织融资路演活动20场，策划促消费活动200场。")).toEqual(["融资路演活动", "促消费活动"]);
  });
});

describe("a list's level is shared along it with a verb of recognition", () => {
  it("gives the next item without a level of its own the first item's (Luoyang 2023)", () => {
    expect(named(luoyang, "创建市级以上示范家庭农场25家", 25)).toBe("创建市级以上示范家庭农场");
    expect(named(luoyang, "农民合作社示范社20家", 20)).toBe("创建市级以上农民合作社示范社");
  });

  it("with the thing counted after the number too, and not onto an item with a level of its own", () => {
    expect(indicators("认定25家省级示范家庭农场、20家农民合作社示范社。")).toEqual(["认定省级示范家庭农场", "认定省级农民合作社示范社"]);
    expect(indicators("争创省级示范村10个、国家级示范乡镇2个。")).toEqual(["争创省级示范村", "争创国家级示范乡镇"]);
  });

  it("keeps a count of new things' level on the first item: it names that item, not a recognition (Luoyang 2023)", () => {
    expect(named(luoyang, "高新技术企业200家", 200)).toBe("新增高新技术企业");
  });
});
