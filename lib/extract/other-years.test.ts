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
    // Still: a multi-year goal, and a deadline in another year, which commits to it.
    expect(targets("到2026年，建成5G基站3万个。")).toEqual([]);
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
  it("is no target when it is a difference (较去年多 N, 比上年增加 N): it restates the figure beside it", () => {
    expect(targets("新建学校40所，较去年多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("新建学校40所，同比多10所。")).toEqual([["新建学校", 40, "所", "="]]);
    expect(targets("赤字规模4.06万亿元，比上年年初预算增加1800亿元。")).toEqual([["赤字规模", 4.06, "万亿元", "="]]);
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
