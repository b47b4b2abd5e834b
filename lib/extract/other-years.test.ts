import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string, year = 2024): ExtractedCommitment[] {
  return extractReport(miniReport(plan, { year })).commitments.filter((c) => c.section !== "二");
}

const targets = (plan: string, year = 2024) => inPlan(plan, year).map((c) => [c.indicator, c.value, c.unit, c.comparator]);

describe("figures about another year, clause by clause", () => {
  it("keeps the clause that says 今年 after one about last year, and carries 去年 to the clauses that say no year", () => {
    // The whole sentence was skipped for opening with 去年: the year's 40 parks were lost.
    expect(targets("去年建成公园30个，今年建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    expect(targets("去年建成公园30个今年建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    expect(targets("去年建成公园30个，本年度建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    expect(targets("截至去年底，全市建成公园30个，今年再建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    // A clause that names no year is about the year the sentence opened with.
    expect(targets("去年建成公园30个，新建学校40所。")).toEqual([]);
    expect(targets("去年建成公园30个，上半年建成公园40个。")).toEqual([]);
    expect(targets("全市去年新建学校30所。")).toEqual([]);
  });

  it("reads a look back in a sentence that began in the plan year as an aside: the clauses after it are the plan year's", () => {
    // The look back carried on to the end of the sentence: 新增学位2万个 was lost.
    expect(targets("新建学校40所，过去三年累计建成学校100所，新增学位2万个。")).toEqual([
      ["新建学校", 40, "所", "="],
      ["新增学位", 2, "万个", "="],
    ]);
    expect(targets("新建学校40所，去年建成学校30所，新增学位2万个。")).toEqual([
      ["新建学校", 40, "所", "="],
      ["新增学位", 2, "万个", "="],
    ]);
    expect(targets("新建学校40所，2023年建成学校30所，新增学位2万个。")).toEqual([
      ["新建学校", 40, "所", "="],
      ["新增学位", 2, "万个", "="],
    ]);
    // A look back that is a time alone is the time of the clause after it, and no further.
    expect(targets("新建学校40所，过去三年，累计建成学校100所，新增学位2万个。")).toEqual([
      ["新建学校", 40, "所", "="],
      ["新增学位", 2, "万个", "="],
    ]);
    // A sentence that began looking back still looks back until the plan year is named; a later
    // year, or a goal by it, carries its deadline on.
    expect(targets("去年建成公园30个，新建学校40所。")).toEqual([]);
    expect(inPlan("新建学校40所，2026年，累计建成学校200所，新增学位5万个。").map((c) => c.deadline)).toEqual(["2024-12-31", "2026-12-31", "2026-12-31"]);
    expect(inPlan("新建学校40所，到2026年，累计建成学校200所，新增学位5万个。").map((c) => [c.indicator, c.deadline, c.deadlineStated])).toEqual([
      ["新建学校", "2024-12-31", false],
      ["累计建成学校", "2026-12-31", true],
      ["新增学位", "2026-12-31", true],
    ]);
  });

  it("reads 截至 before a date of the plan year (截至年底, 截至6月底) as the plan year's, not a look back", () => {
    // Both were dropped as looking back; 截至 stayed in the name of one before.
    const due = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.value, c.unit, c.deadline, c.deadlineStated]);
    expect(due("新建充电桩1万个，截至年底累计建成充电桩5万个。")).toEqual([
      ["新建充电桩", 1, "万个", "2024-12-31", false],
      ["累计建成充电桩", 5, "万个", "2024-12-31", true],
    ]);
    expect(due("截至年底，新能源汽车保有量达到10万辆。")).toEqual([["新能源汽车保有量", 10, "万辆", "2024-12-31", true]]);
    expect(due("截至6月底，新建学校40所。")).toEqual([["新建学校", 40, "所", "2024-06-30", true]]);
    expect(due("到年底累计建成充电桩5万个。")).toEqual([["累计建成充电桩", 5, "万个", "2024-12-31", true]]);
    // Before the plan year it still looks back, with the year written or not.
    expect(targets("截至去年底，累计建成充电桩3万个。")).toEqual([]);
    expect(targets("截至2023年底，累计建成充电桩3万个。")).toEqual([]);
    expect(targets("2023年底累计建成充电桩3万个。")).toEqual([]);
    expect(targets("截至目前，累计建成充电桩3万个。")).toEqual([]);
  });

  it("reads 去年 before what was done to things as which things, not as the clause's time", () => {
    // The sentence opened with 去年 and was skipped: this year's completions were lost.
    expect(targets("去年开工的10个项目全部竣工投产。")).toEqual([["项目全部竣工投产", 10, "个", "="]]);
    expect(targets("上年结转的棚户区改造1万套年内全部完成。")).toEqual([["上年结转的棚户区改造", 1, "万套", "="]]);
    // After another clause it was kept, and still is (a look back there would now drop it).
    expect(targets("上半年，去年开工的10个项目全部竣工。")).toEqual([["项目全部竣工", 10, "个", "="]]);
    // Not a year's own figure: 去年的 before the thing measured still looks back.
    expect(targets("去年的地区生产总值增长了5%。")).toEqual([]);
  });

  it("keeps the clause that names the report's year when the sentence opens with another", () => {
    expect(targets("2023年建成公园30个，2024年建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    expect(targets("2024年建成公园30个，2025年建成公园40个。", 2025)).toEqual([["建成公园", 40, "个", "="]]);
    // The year the text plans for still counts when the caller overrides it (index.ts, textYears).
    const overridden = extractReport(miniReport("2023年建成公园30个，2024年建成公园40个。"), { year: 2030 });
    expect(overridden.commitments.filter((c) => c.section !== "二").map((c) => [c.indicator, c.value])).toEqual([["建成公园", 40]]);
    // A later year, a goal by it, and a deadline in one commit to it (was: 到2026年 left out as
    // 2026年 was; 2026年 is kept as 明年 is, deadlines.test.ts).
    expect(targets("2026年，建成5G基站3万个。")).toEqual([["建成5G基站", 3, "万个", "="]]);
    expect(targets("到2026年，建成5G基站3万个。")).toEqual([["建成5G基站", 3, "万个", "="]]);
    expect(targets("2023年建成公园30个，2025年底前建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
  });

  it("leaves out what the year before did in a 继…后 or 在…基础上 phrase, and keeps what follows it", () => {
    expect(targets("继上年新建30所学校后，今年新建学校40所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("继上年新建30所学校后，新建学校40所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("在去年建成30个公园的基础上，今年建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
    // In one clause: the frame's figure is last year's, the one after it this year's (再 is no name).
    expect(targets("在上年新建30所的基础上再新建学校40所。")).toEqual([["新建学校", 40, "所", "="]]);
    // Last year named inside a clause, not as its time, leaves the clause this year's.
    expect(targets("巩固去年成果，新增就业1万人。")).toEqual([["新增就业", 1, "万人", "="]]);
  });

  it("names the report's year as 今年 is named: not in the indicator", () => {
    expect(targets("2024年建成公园40个。")).toEqual([["建成公园", 40, "个", "="]]);
  });
});

describe("a comparison with the year before", () => {
  it("is no target when a difference (较去年多 N, 比上年增加 N) restates a target of its sentence", () => {
    // No subject of its own: it is the figure beside it, said again.
    expect(targets("新建学校40所，较去年多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("新建学校40所，同比多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("新建学校40所，与去年相比多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("赤字规模4.06万亿元，比上年年初预算增加1800亿元。")).toEqual([["赤字规模", 4.06, "万亿元", "="]]);
    expect(targets("新增学位5万个，比上年增加2万个学位。")).toEqual([["新增学位", 5, "万个", "="]]);
    // Its subject is the one the sentence has just given a target.
    expect(targets("粮食产量达到1300亿斤，粮食产量比上年增加10亿斤。")).toEqual([["粮食产量", 1300, "亿斤", ">="]]);
    expect(targets("新建学校40所，新建学校较去年多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    // Or the one the figure after it is a target of.
    expect(targets("粮食产量比上年增加10亿斤、达到1300亿斤。")).toEqual([["粮食产量", 1300, "亿斤", ">="]]);
  });

  it("is a target of the change itself when a difference has a subject no target of its sentence has", () => {
    // Left out as a difference, the year's only target for grain was lost (and before that, it
    // was read as a level: 粮食产量 = 10亿斤).
    expect(targets("粮食产量比上年增加10亿斤。")).toEqual([["粮食产量增加", 10, "亿斤", "="]]);
    expect(targets("粮食产量比上年增加10亿斤以上。")).toEqual([["粮食产量增加", 10, "亿斤", ">="]]);
    // A fall in a unit of its own is a reduction to deliver, as "化肥使用量减少5万吨" is.
    expect(targets("煤炭消费量比上年减少100万吨。")).toEqual([["煤炭消费量减少", 100, "万吨", "="]]);
    // 多 and 少 are said 增加 and 减少 in the name.
    expect(targets("新建学校比去年多10所。")).toEqual([["新建学校增加", 10, "所", "="]]);
    expect(targets("城镇新增就业同比少2000人。")).toEqual([["城镇新增就业减少", 2000, "人", "="]]);
    // The subject may be the thing counted after the number.
    expect(targets("比上年增加10所学校。")).toEqual([["增加学校", 10, "所", "="]]);
    // After a target of another subject.
    expect(targets("地区生产总值增长7%，粮食产量比上年增加10亿斤。")).toEqual([
      ["地区生产总值", 7, "%", "growth"],
      ["粮食产量增加", 10, "亿斤", "="],
    ]);
    // Paired with its subjects by 分别 (was one target named by the whole clause).
    expect(targets("粮食、油料产量分别比上年增加10亿斤、5亿斤。")).toEqual([
      ["粮食产量增加", 10, "亿斤", "="],
      ["油料产量增加", 5, "亿斤", "="],
    ]);
  });

  it("reads a change right after a clause of comparison (与去年相比，…多 N) as a difference too", () => {
    // Was a second target named 新建学校多, as if 10 schools were to be built.
    const [school] = inPlan("与去年相比，新建学校多10所。");
    expect([school.indicator, school.value, school.unit, school.comparator]).toEqual(["新建学校增加", 10, "所", "="]);
    expect(school.quote).toBe("与去年相比，新建学校多10所");
    expect(inPlan("与去年相比，新建学校多10所、新建公园多5个。").map((c) => [c.indicator, c.quote])).toEqual([
      ["新建学校增加", "与去年相比，新建学校多10所"],
      ["新建公园增加", "新建公园多5个"],
    ]);
    expect(targets("与去年相比，上半年，新建学校多10所。")).toEqual([["新建学校增加", 10, "所", "="]]);
    expect(targets("与去年相比，新建学校40所，新建学校多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("同上年相比，煤炭消费量减少100万吨。")).toEqual([["煤炭消费量减少", 100, "万吨", "="]]);
    // A figure without a change verb after it is the year's own, as is a rate.
    expect(targets("与去年相比，新建学校40所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("与去年相比，全市新增10所学校。")).toEqual([["新增学校", 10, "所", "="]]);
    expect(targets("与去年相比，粮食产量增长2%。")).toEqual([["粮食产量", 2, "%", "growth"]]);
  });

  it("is said without 比上年 too: a change verb right before an amount of its own (粮食产量增加10亿斤) is a difference", () => {
    // Each was read as a level: 粮食产量 = 10亿斤, 人均预期寿命 = 0.5岁.
    expect(targets("粮食产量增加10亿斤。")).toEqual([["粮食产量增加", 10, "亿斤", "="]]);
    expect(targets("人均预期寿命提高0.5岁。")).toEqual([["人均预期寿命提高", 0.5, "岁", "="]]);
    expect(targets("进出口总额增长100亿元以上。")).toEqual([["进出口总额增长", 100, "亿元", ">="]]);
    // Restating a target of its sentence, it is none (was a second 粮食产量, at 10亿斤; a target
    // named 增加10所).
    expect(targets("粮食产量达到1300亿斤、增加10亿斤。")).toEqual([["粮食产量", 1300, "亿斤", ">="]]);
    expect(targets("新建学校40所，增加10所。")).toEqual([["新建学校", 40, "所", "="]]);
    // Not a level reached (提高到), a rate, a flow (新增), or a verb before the things counted.
    expect(targets("人均预期寿命提高到80岁。")).toEqual([["人均预期寿命", 80, "岁", ">="]]);
    expect(targets("粮食产量增长2%。")).toEqual([["粮食产量", 2, "%", "growth"]]);
    expect(targets("城镇新增就业5万人。")).toEqual([["城镇新增就业", 5, "万人", "="]]);
    expect(targets("增加10个停车场、20个充电站。")).toEqual([
      ["增加停车场", 10, "个", "="],
      ["增加充电站", 20, "个", "="],
    ]);
  });

  it("is the plan year's growth target when it is a rate (比上年增长 2%), named without the comparison", () => {
    expect(targets("粮食产量比上年增长2%。")).toEqual([["粮食产量", 2, "%", "growth"]]);
    expect(targets("单位生产总值能耗比上年下降3%。")).toEqual([["单位生产总值能耗", -3, "%", "growth"]]);
    expect(targets("常住人口城镇化率较上年提高1个百分点。")).toEqual([["常住人口城镇化率", 1, "个百分点", "growth"]]);
    expect(targets("进出口总额比2023年增长5%。")).toEqual([["进出口总额", 5, "%", "growth"]]);
    expect(targets("社会消费品零售总额同比增长6%。")).toEqual([["社会消费品零售总额", 6, "%", "growth"]]);
    // Said after a level, with no subject of its own, it is the growth of that level's subject.
    expect(targets("地区生产总值达到5000亿元，比上年增长7%。")).toEqual([
      ["地区生产总值", 5000, "亿元", ">="],
      ["地区生产总值", 7, "%", "growth"],
    ]);
  });
});
