import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

const luoyang = extractReport(loadReport("luoyang-2023"));

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

describe("a figure introduced by 其中 is part of the target before it", () => {
  it("names the part of the whole it counts, （其中…） after the whole, quoted from the whole", () => {
    const found = inPlan("新增城镇就业2万人，其中高校毕业生不少于8000人。");
    expect(found.map(brief)).toEqual([
      ["新增城镇就业", "=", 2, "万人"],
      ["新增城镇就业（其中高校毕业生）", ">=", 8000, "人"],
    ]);
    expect(found[1].quote).toBe("新增城镇就业2万人，其中高校毕业生不少于8000人");
    // In the same clause, and with the thing counted after the number.
    expect(inPlan("新建学校10所、其中5所幼儿园。").map((c) => c.indicator)).toEqual(["新建学校", "新建学校（其中幼儿园）"]);
    // "X中Y" read another way: 新建学校中小学 (中小学?), 培育专精特新企业中国家级小巨人 (中国家级?).
    expect(inPlan("新建学校200所，其中小学80所。").map((c) => c.indicator)).toEqual(["新建学校", "新建学校（其中小学）"]);
    expect(inPlan("培育专精特新企业100家，其中国家级小巨人10家。").map((c) => c.indicator)).toEqual([
      "培育专精特新企业",
      "培育专精特新企业（其中国家级小巨人）",
    ]);
    // Not kept alone for ending as the whole does: 公租房 would count all there are.
    expect(inPlan("建设各类保障房1万套，其中公租房2000套。").map((c) => c.indicator)).toEqual(["建设各类保障房", "建设各类保障房（其中公租房）"]);
    expect(inPlan("完成固定资产投资1000亿元，其中工业投资300亿元。").map((c) => c.indicator)).toEqual(["固定资产投资", "固定资产投资（其中工业投资）"]);
  });

  it("compares units without their magnitude only, not a unit that opens with 千 (千瓦 was compared as 瓦 with 万千瓦's 千瓦)", () => {
    expect(inPlan("新增光伏装机10万千瓦，其中分布式光伏5000千瓦。").map(brief)).toEqual([
      ["新增光伏装机", "=", 10, "万千瓦"],
      ["新增光伏装机（其中分布式光伏）", "=", 5000, "千瓦"],
    ]);
    expect(inPlan("新建道路10万米，其中快速路5000米。").map((c) => c.indicator)).toEqual(["新建道路", "新建道路（其中快速路）"]);
  });

  it("makes every item listed after 其中 a part (the second was named alone)", () => {
    const found = inPlan("新增城镇就业2万人，其中高校毕业生不少于8000人、退役军人500人。");
    expect(found.map((c) => [c.indicator, c.quote])).toEqual([
      ["新增城镇就业", "新增城镇就业2万人"],
      ["新增城镇就业（其中高校毕业生）", "新增城镇就业2万人，其中高校毕业生不少于8000人"],
      // Quoted from the whole, it would take in the 8000 of another target.
      ["新增城镇就业（其中退役军人）", "退役军人500人"],
    ]);
  });

  it("takes as the whole the last target counting the same things, not the one just before", () => {
    const found = inPlan("实施重点项目500个，年度计划投资1500亿元以上，其中省重点项目120个。");
    expect(found.map((c) => [c.indicator, c.quote])).toEqual([
      ["重点项目", "实施重点项目500个"],
      ["年度计划投资", "年度计划投资1500亿元以上"],
      // Was 年度计划投资中省重点项目. Its own name says the whole: it stays.
      ["省重点项目", "其中省重点项目120个"],
    ]);
    expect(inPlan("实施重点项目500个，其中省重点项目100个。").map((c) => c.indicator)).toEqual(["重点项目", "省重点项目"]);
    // A measure of its own counts other things, and a part's rate is no part of the whole's: no part.
    expect(inPlan("规模以上工业增加值增长8%，其中高技术制造业增加值增长12%以上。").map((c) => c.indicator)).toEqual(["规模以上工业增加值", "高技术制造业增加值"]);
    expect(inPlan("新增城镇就业2万人，其中返乡创业带动就业率达到30%。").map((c) => c.indicator)).toEqual(["新增城镇就业", "返乡创业带动就业率"]);
  });

  it("names a count in another unit as what is done within the whole, in its own unit, quoted from the whole", () => {
    // Was «加装电梯», as if every elevator the city adds were counted.
    const found = inPlan("改造老旧小区300个，其中完成加装电梯200部。");
    expect(found.map((c) => [c.indicator, c.value, c.unit, c.quote])).toEqual([
      ["改造老旧小区", 300, "个", "改造老旧小区300个"],
      ["改造老旧小区（其中加装电梯）", 200, "部", "改造老旧小区300个，其中完成加装电梯200部"],
    ]);
    expect(inPlan("新建学校10所，其中新增学位5000个。").map((c) => c.indicator)).toEqual(["新建学校", "新建学校（其中新增学位）"]);
    // A measure after 其中 names its own subject, a count or not.
    expect(inPlan("改造老旧小区300个，其中加装电梯200部、改造管网100公里。").map((c) => c.indicator)).toEqual([
      "改造老旧小区",
      "改造老旧小区（其中加装电梯）",
      "改造管网",
    ]);
    expect(inPlan("改造管网100公里，其中加装电梯200部。").map((c) => c.indicator)).toEqual(["改造管网", "加装电梯"]);
  });

  it("names a measure that says no whose after 其中 from the whole, quoted from it", () => {
    // Was «完成投资», whose investment unsaid.
    const found = inPlan("实施重点项目500个，其中完成投资100亿元。");
    expect(found.map((c) => [c.indicator, c.value, c.unit, c.quote])).toEqual([
      ["重点项目", 500, "个", "实施重点项目500个"],
      ["重点项目（其中完成投资）", 100, "亿元", "实施重点项目500个，其中完成投资100亿元"],
    ]);
    // The whole counted after its number reads the same (was «重点项目完成投资», as without 其中).
    expect(inPlan("实施500个重点项目，其中年度完成投资100亿元。").map((c) => c.indicator)).toEqual(["重点项目", "重点项目（其中年度完成投资）"]);
    expect(inPlan("改造管网100公里，其中完成投资10亿元。").map((c) => c.indicator)).toEqual(["改造管网", "改造管网（其中完成投资）"]);
    // Without 其中 it still borrows the subject across the comma, and a rate is no whole.
    expect(inPlan("实施388个10亿元以上重大项目，年度完成投资2600亿元。").map((c) => c.indicator)).toEqual([
      "10亿元以上重大项目",
      "10亿元以上重大项目年度完成投资",
    ]);
    expect(inPlan("规上工业增加值增长8%，其中完成产值100亿元。").map((c) => c.indicator)).toEqual(["规上工业增加值", "完成产值"]);
  });

  it("names a part with no name of its own by what is done to it, its time in the deadline", () => {
    // Was 建设产业园区中其中3个年底前建成投用.
    const found = inPlan("高标准建设5个产业园区，其中3个年底前建成投用。");
    expect(found.map((c) => [c.indicator, c.value, c.deadline, c.deadlineStated])).toEqual([
      ["建设产业园区", 5, "2024-12-31", false],
      ["建设产业园区（其中建成投用）", 3, "2024-12-31", true],
    ]);
  });
});

describe("those a verb of support names are not the thing counted (支持, 鼓励, 引导 … 等)", () => {
  it("names what they are supported to do (Luoyang 2023)", () => {
    const found = luoyang.commitments.find((c) => c.quote.includes("院士工作站") && c.max === 5);
    expect(found?.indicator).toBe("申建院士工作站、中原学者工作站");
    expect(inPlan("支持高等院校、科研院所等建设重点实验室5个。").map((c) => c.indicator)).toEqual(["建设重点实验室"]);
    expect(inPlan("推动龙头企业等新培育专精特新企业20家。").map((c) => c.indicator)).toEqual(["新培育专精特新企业"]);
    // A verb of support is the item's own: a list's verb does not carry onto it.
    expect(inPlan("新增高新技术企业10家、支持企业等申建院士工作站5个。").map((c) => c.indicator)).toEqual(["新增高新技术企业", "申建院士工作站"]);
  });

  it("keeps them when the figure counts them: a unit they take, and what they do names no such thing", () => {
    // 5000家 are firms: was 上云.
    expect(inPlan("推动企业等上云5000家。").map((c) => c.indicator)).toEqual(["企业等上云"]);
    // The institutes are counted in 家 too: they are the thing counted.
    expect(inPlan("支持企业等新建研发机构10家。").map((c) => c.indicator)).toEqual(["新建研发机构"]);
    expect(inPlan("鼓励龙头企业等带动农户10万户。").map((c) => c.indicator)).toEqual(["带动农户"]);
  });
});

describe("a percent before its noun keeps what it is a share of (Beijing 2025)", () => {
  const beijing = extractReport(loadReport("beijing-2025"));
  const found = (words: string) => beijing.commitments.find((c) => c.quote.includes(words));

  it("keeps the words before the number: the whole the share is taken from", () => {
    expect(found("50%的门诊预约号源")).toMatchObject({ indicator: "其他三级公立医院门诊预约号源提前向基层投放", value: 50, unit: "%", comparator: "=" });
    // A verb before the number is no whole: it stays or goes as before a count.
    expect(inPlan("完成80%的老旧小区改造任务，新建30%的村级寄递物流站点。").map((c) => c.indicator)).toEqual(["老旧小区改造任务", "新建村级寄递物流站点"]);
  });

  it("names what covers from the target before it, and reads the share covered as a floor", () => {
    // Borrowed whole, the name would be cut to credit one of the two kinds of hospital
    // (检查检验结果互认医院覆盖…): it keeps its own words, and its quote takes in no 60家.
    expect(found("97%的门诊量")).toMatchObject({ indicator: "覆盖二级以上医疗机构门诊量", value: 97, unit: "%", comparator: ">=" });
    expect(found("97%的门诊量")?.quote).toBe("覆盖二级以上医疗机构97%的门诊量");
    expect(inPlan("建设5G基站1万个，覆盖300个行政村。新建益农信息社50个，惠及80%的农户。").map(brief)).toEqual([
      ["建设5G基站", "=", 1, "万个"],
      ["5G基站覆盖行政村", "=", 300, "个"],
      ["新建益农信息社", "=", 50, "个"],
      ["益农信息社惠及农户", ">=", 80, "%"],
    ]);
    // At least a share (以上 after the percent, the noun after 的) is such a floor too: it was read
    // as a threshold sizing a category ("10亿元以上重大项目") and gave nothing.
    expect(inPlan("5G网络覆盖80%以上的行政村。").map(brief)).toEqual([["5G网络覆盖行政村", ">=", 80, "%"]]);
    expect(inPlan("新建益农信息社50个，覆盖80%以上的行政村。").map(brief)).toEqual([
      ["新建益农信息社", "=", 50, "个"],
      ["益农信息社覆盖行政村", ">=", 80, "%"],
    ]);
    expect(inPlan("推动90%以上的政务服务事项网上可办，80%以上的行政村建成综合服务站。").map(brief)).toEqual([
      ["政务服务事项网上可办", ">=", 90, "%"],
      ["行政村建成综合服务站", ">=", 80, "%"],
    ]);
    // A measure right before the figure still sizes a category: which firms, not a share of them.
    expect(inPlan("对营业收入增长10%以上的企业给予奖励，资产负债率在70%以上的企业压降到50家。").map((c) => c.value)).toEqual([50]);
    // With a subject of its own, or a rate named 覆盖率, nothing is borrowed or raised.
    expect(inPlan("推动物业服务覆盖300个老旧小区，5G网络覆盖率95%。").map(brief)).toEqual([
      ["物业服务覆盖老旧小区", "=", 300, "个"],
      ["5G网络覆盖率", "=", 95, "%"],
    ]);
  });
});
