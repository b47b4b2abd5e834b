// Deadlines a QA audit found wrong: a span of years read as this year's end, a time-only
// "到年底，" not read as stated, and a day the report gives only as a festival or an event.

import { describe, expect, it } from "vitest";
import { MAX_YEARS_AFTER_REPORT } from "@/lib/imports/candidate-problems";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { findTimePhrases } from "./deadline";
import { extractReport, type ExtractedCommitment } from "./index";
import { GOAL_HORIZON_YEARS } from "./other-years";
import { isDeadline } from "./year-deadlines";

function inPlan(plan: string, year = 2024): ExtractedCommitment[] {
  return extractReport(miniReport(plan, { year })).commitments.filter((c) => c.section !== "二");
}

describe("a span of years (三年内)", () => {
  // Within three years counts the report's year as the first, as a 三年行动 of 2024 runs to 2026:
  // the report states it (it was 2024-12-31, stated, the 年内 of 三年内 read alone).
  it.each([
    ["三年内建成10所学校。", "建成学校", "2026-12-31"],
    ["3年内建成10所学校。", "建成学校", "2026-12-31"],
    ["两年内建成市体育中心。", "建成市体育中心", "2025-12-31"],
    // Within one year is the report's own: the numeral is not left in the name («一完成老旧小区改造» once).
    ["一年内完成老旧小区改造1万户。", "老旧小区改造", "2024-12-31"],
  ])("%s → %s %s, stated", (plan, indicator, deadline) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ indicator, deadline, deadlineStated: true })]);
  });

  it("moves with the year of the report", () => {
    expect(inPlan("三年内建成10所学校。", 2031)[0]).toMatchObject({ deadline: "2033-12-31", deadlineStated: true });
  });

  it("reads no deadline in 近三年内, the years just past (once this year's end, stated)", () => {
    expect(inPlan("近三年内建成10所学校。")[0]).toMatchObject({ deadline: "2024-12-31", deadlineStated: false });
  });
});

describe("a multi-year goal that states its end, carried as 三年内 is", () => {
  // Each was this year's target, not stated: «今后新建学校» (due 2027 but named with 今后),
  // «用三年时间建成公园» due 2023-12-31, and «建成公园» due 2023-12-31 after 到“十四五”末.
  it.each([
    ["今后五年内新建学校50所。", "新建学校", "2027-12-31"],
    ["今后五年，新建学校50所。", "新建学校", "2027-12-31"],
    ["未来三年新建学校50所。", "新建学校", "2025-12-31"],
    ["力争用三年时间建成公园30个。", "建成公园", "2025-12-31"],
    ["经过三年努力，建成公园30个。", "建成公园", "2025-12-31"],
    ["到“十四五”末，建成公园30个。", "建成公园", "2025-12-31"],
    ["“十四五”末前建成公园30个。", "建成公园", "2025-12-31"],
    ["到十四五期末，全市5G基站达到3万个。", "5G基站", "2025-12-31"],
  ])("%s (2023) → %s %s, stated", (plan, indicator, deadline) => {
    expect(inPlan(plan, 2023)).toEqual([expect.objectContaining({ indicator, deadline, deadlineStated: true })]);
  });

  it("reads the end of the 十四五 in a report of its last year as that year's, and in one after it as a look back", () => {
    expect(inPlan("到“十四五”末，建成公园30个。", 2025)).toEqual([expect.objectContaining({ deadline: "2025-12-31", deadlineStated: true })]);
    expect(inPlan("到“十四五”末，建成公园30个。", 2026)).toEqual([]);
    expect(inPlan("到“十五五”末，建成公园30个。", 2026)).toEqual([expect.objectContaining({ deadline: "2030-12-31" })]);
  });

  it("carries a goal by a later year to that year's end, as 到2025年底 (it was left out)", () => {
    // A 2023 report promising parks "by 2025" promises them by 2025-12-31: 督查 tracks them from now.
    for (const plan of ["到2025年，建成公园30个。", "到2025年底，建成公园30个。", "力争到2025年建成公园30个。", "至2025年，建成公园30个。"]) {
      expect(inPlan(plan, 2023)).toEqual([expect.objectContaining({ indicator: "建成公园", deadline: "2025-12-31", deadlineStated: true })]);
    }
    // A year gone by looks back.
    expect(inPlan("到2022年，建成公园30个。", 2023)).toEqual([]);
    // The plan year itself, by 到, is its end, stated.
    expect(inPlan("到2023年，建成公园30个。", 2023)).toEqual([expect.objectContaining({ deadline: "2023-12-31", deadlineStated: true })]);
  });

  it("reads a later year opening a clause as 明年 is: kept, due at its end, stated (was left out while 明年 was kept)", () => {
    const fields = (plan: string) => inPlan(plan, 2023).map((c) => [c.indicator, c.value, c.unit, c.deadline, c.deadlineStated]);
    expect(fields("2024年，全面完成老旧小区改造100个。")).toEqual([["全面完成老旧小区改造", 100, "个", "2024-12-31", true]]);
    expect(fields("2024年，建成公园30个。")).toEqual(fields("明年，建成公园30个。"));
    for (const plan of ["2024年建成公园30个。", "全市2024年建成公园30个。", "力争2024年建成公园30个。"]) {
      expect(fields(plan)).toEqual([["建成公园", 30, "个", "2024-12-31", true]]);
    }
    // Carried to the clauses after it, as a goal by a later year is.
    expect(fields("新建学校40所，2026年，累计建成学校200所，新增学位5万个。")).toEqual([
      ["新建学校", 40, "所", "2023-12-31", false],
      ["累计建成学校", 200, "所", "2026-12-31", true],
      ["新增学位", 5, "万个", "2026-12-31", true],
    ]);
    // Beyond the horizon it is a long-range vision, as 到2035年 is (力争到2035年 was kept).
    expect(fields("2035年，建成公园30个。")).toEqual([]);
    expect(fields("力争到2035年建成公园30个。")).toEqual([]);
    // The plan year alone writes no deadline, as 今年 does not; a year gone by still looks back.
    expect(fields("2023年，建成公园30个。")).toEqual(fields("今年，建成公园30个。"));
    expect(fields("2023年，建成公园30个。")).toEqual([["建成公园", 30, "个", "2023-12-31", false]]);
    expect(fields("2022年，建成公园30个。")).toEqual([]);
  });

  it("reads a goal by a later year said as the year's goal (到2026年的目标是…) as 到2026年 is: one rule for other-years.ts and deadline.ts (was this year's, not stated)", () => {
    const fields = (plan: string) => inPlan(plan, 2023).map((c) => [c.indicator, c.value, c.deadline, c.deadlineStated]);
    expect(fields("到2026年的目标是建成公园30个。")).toEqual([["建成公园", 30, "2026-12-31", true]]);
    expect(fields("到2026年的目标是建成公园30个。")).toEqual(fields("到2026年建成公园30个。"));
    expect(fields("到2026年的主要目标任务是：建成公园30个、新建学校40所。")).toEqual([
      ["建成公园", 30, "2026-12-31", true],
      ["新建学校", 40, "2026-12-31", true],
    ]);
    // A year's level is no time: "恢复到2019年的水平" sets no deadline.
    expect(fields("工业产值恢复到2019年的水平，新建学校3所。")).toEqual([["新建学校", 3, "2023-12-31", false]]);
  });

  it("carries a range of years to its end, as a goal by that year (2023年至2025年 was due 2023-12-31, not stated)", () => {
    const fields = (plan: string, year = 2023) => inPlan(plan, year).map((c) => [c.indicator, c.value, c.deadline, c.deadlineStated]);
    for (const plan of ["2023年至2025年，建成公园30个。", "2023—2025年，建成公园30个。", "2023年到2025年建成公园30个。", "力争2023年至2025年建成公园30个。"]) {
      expect(fields(plan)).toEqual([["建成公园", 30, "2025-12-31", true]]);
    }
    // Running through the plan year, it is the plan's; ended before it, a look back.
    expect(fields("2023年至2025年，建成公园30个。", 2024)).toEqual([["建成公园", 30, "2025-12-31", true]]);
    expect(fields("2020年至2022年，累计建成公园30个。")).toEqual([]);
    // A fiscal year's label (2022—2023年度) is no range to be due by.
    expect(inPlan("2022—2023年度新建学校3所。", 2023).map((c) => [c.deadline, c.deadlineStated])).toEqual([["2023-12-31", false]]);
  });

  it("reads a range of years only where it opens a clause, as a year alone (a plan's title and an average's years were deadlines)", () => {
    const fields = (plan: string, year = 2024) => inPlan(plan, year).map((c) => [c.kind, c.indicator, c.deadline, c.deadlineStated]);
    // The years of a plan's title: no time of the clause (was a milestone due 2035-12-31, stated).
    expect(fields("印发实施《国土空间总体规划（2021—2035年）》。")).toEqual([]);
    expect(fields("印发实施《国土空间总体规划（2021至2035年）》。")).toEqual([]);
    expect(fields("完成2024至2026年行动计划编制。")).toEqual([]);
    // The years of an average are what the figure is compared with (was due 2023-12-31, stated).
    expect(fields("粮食产量高于2021—2023年平均水平5%。")).toEqual([["numeric", "粮食产量高于2021—2023年平均水平", "2024-12-31", false]]);
    expect(fields("2021—2023年平均水平以上，新建学校3所。")).toEqual([["numeric", "新建学校", "2024-12-31", false]]);
    // Opening the clause, after a place, a stretch or 从, it is still the time.
    for (const plan of ["从2024年到2026年，建成公园30个。", "全市2024—2026年建成公园30个。", "力争2024年至2026年建成公园30个。"]) {
      expect(fields(plan)).toEqual([["numeric", "建成公园", "2026-12-31", true]]);
    }
  });

  it("reads no deadline before the plan year, wherever the year is written", () => {
    // "并于2023年底前完成验收" in a 2024 report was a milestone due 2023-12-31.
    expect(inPlan("新建学校3所，并于2023年底前完成验收。", 2024).map((c) => [c.indicator, c.deadline, c.deadlineStated])).toEqual([
      ["新建学校", "2024-12-31", false],
    ]);
    const [before] = findTimePhrases("于2023年底前完成");
    expect(isDeadline(before, [2024])).toBe(false);
    expect(isDeadline(before, [2023])).toBe(true);
    // With the year overridden (2024 for a 2023 text), the text's own year is still the plan's.
    expect(isDeadline(before, [2024, 2023])).toBe(true);
  });

  it("leaves out a goal further ahead than the import takes (a long-range vision: 到2035年 in a 2023 report)", () => {
    // Each was a candidate the import review called a slip (import.error.deadlineTooLate).
    expect(GOAL_HORIZON_YEARS).toBe(MAX_YEARS_AFTER_REPORT);
    for (const plan of ["到2035年，建成公园30个。", "2035年底前，建成公园30个。", "到“十六五”末，建成公园30个。", "到2034年，建成公园30个。"]) {
      expect(inPlan(plan, 2023)).toEqual([]);
    }
    expect(inPlan("到2033年，建成公园30个。", 2023)).toEqual([expect.objectContaining({ deadline: "2033-12-31" })]);
    expect(inPlan("到2035年，建成公园30个。", 2025)).toEqual([expect.objectContaining({ deadline: "2035-12-31" })]);
  });

  it("reads no span in a time ago, a name, a work done over years, or the plan's name", () => {
    const due = (plan: string) => inPlan(plan, 2023).map((c) => [c.indicator, c.deadline, c.deadlineStated]);
    expect(due("三年前建成的公园全部开放，新建学校3所。")).toEqual([["新建学校", "2023-12-31", false]]);
    expect(due("实施氢能产业发展三年行动计划，新建学校3所。")).toEqual([["新建学校", "2023-12-31", false]]);
    expect(due("经过三年建设，新建学校3所。")).toEqual([["新建学校", "2023-12-31", false]]);
    expect(due("谋划十四五重大项目30个。")).toEqual([["谋划十四五重大项目", "2023-12-31", false]]);
  });
});

describe("a part of the year (半年内, 一季度内, 一季度末)", () => {
  // 半年内 was read as 年内 (the year's end) with 半 left in the name («半完成老旧小区改造»);
  // 一季度内 left 内 in it («内完成清查»).
  it.each([
    ["半年内完成老旧小区改造100个。", "老旧小区改造", "2024-06-30"],
    ["半年内，国宏集团完成信用评级。", "国宏集团完成信用评级", "2024-06-30"],
    ["上半年内建成5个公园。", "建成公园", "2024-06-30"],
    ["一季度内完成清查。", "完成清查", "2024-03-31"],
    ["一季度末完成股权划转。", "完成股权划转", "2024-03-31"],
    ["第一季度末前新建学校3所。", "新建学校", "2024-03-31"],
    ["三季度末前建成5个公园。", "建成公园", "2024-09-30"],
    ["2025年一季度内建成5个公园。", "建成公园", "2025-03-31"],
  ])("%s → %s %s, stated", (plan, indicator, deadline) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ indicator, deadline, deadlineStated: true })]);
  });

  it("reads no deadline in 每半年, a frequency", () => {
    expect(inPlan("每半年开展一次评估，新建学校3所。")).toEqual([expect.objectContaining({ indicator: "新建学校", deadline: "2024-12-31", deadlineStated: false })]);
  });
});

describe("a time-only clause leading to the year's end", () => {
  // "到年底，" says only when, as "年底前，" does: the clauses after it are due at the year's end, stated.
  // 努力 leads to the time as 力争 does (it was left in the clause, which then said more than when).
  it.each(["到年底，建成5个公园。", "至年底，建成5个公园。", "力争到年底，建成5个公园。", "努力到年底，建成5个公园。", "努力在年底前，建成5个公园。"])("%s", (plan) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ indicator: "建成公园", deadline: "2024-12-31", deadlineStated: true })]);
  });

  it("dates a milestone after it, quoting the time with it (none was found once)", () => {
    expect(inPlan("到年底，西环高速建成通车。")).toEqual([
      expect.objectContaining({ kind: "milestone", indicator: "西环高速建成通车", quote: "到年底，西环高速建成通车", deadline: "2024-12-31", deadlineStated: true }),
    ]);
    expect(inPlan("努力到年底，西环高速建成通车。")).toEqual([
      expect.objectContaining({ kind: "milestone", indicator: "西环高速建成通车", quote: "努力到年底，西环高速建成通车", deadline: "2024-12-31", deadlineStated: true }),
    ]);
  });
});

describe("a deadline named by an occasion without a day", () => {
  // No day to give (春节 moves with the lunar calendar, a festival's dates with its year): the
  // year's end, not stated, and the occasion named for the import review to ask its day.
  it.each([
    ["确保天街洛南段牡丹文化节前完工。", "牡丹文化节前"],
    ["力争牡丹文化节期间签约项目规模达到 500 亿元。", "牡丹文化节期间"],
    ["力争春节前完成100个项目。", "春节前"],
    ["春节前，完成老旧小区改造。", "春节前"],
    ["汛期前完成河道清淤。", "汛期前"],
  ])("%s → %s", (plan, occasion) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ deadline: "2024-12-31", deadlineStated: false, deadlineOccasion: occasion })]);
  });

  it("keeps an occasion during which the figure is counted in its name; one before it stays out", () => {
    expect(inPlan("力争牡丹文化节期间签约项目规模达到 500 亿元。")[0].indicator).toBe("牡丹文化节期间签约项目规模");
    expect(inPlan("确保天街洛南段牡丹文化节前完工。")[0].indicator).toBe("天街洛南段完工");
  });

  it("names none for a holiday on a fixed day, which gives its day, nor for a day or no deadline", () => {
    expect(inPlan("国庆前建成开放城市书房，6月底前新建学校3所，新建幼儿园5所。").map((c) => [c.deadline, c.deadlineStated, c.deadlineOccasion])).toEqual([
      ["2024-09-30", true, null],
      ["2024-06-30", true, null],
      ["2024-12-31", false, null],
    ]);
  });

  it("reads an occasion after a year or 明年 in that year (2025年春节前 was 2025-12-31, stated, the 春节 dropped)", () => {
    const fields = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.deadline, c.deadlineStated, c.deadlineOccasion]);
    expect(fields("2025年春节前完成老旧小区改造。")).toEqual([["完成老旧小区改造", "2025-12-31", false, "2025年春节前"]]);
    expect(fields("明年春节前完成老旧小区改造。")).toEqual([["完成老旧小区改造", "2025-12-31", false, "明年春节前"]]);
    expect(fields("全市2025年汛期前完成河道清淤100公里。")).toEqual([["河道清淤", "2025-12-31", false, "2025年汛期前"]]);
    // The plan year's: out of the name with its occasion (was «2024年完成老旧小区改造»).
    expect(fields("2024年春节前完成老旧小区改造。")).toEqual([["完成老旧小区改造", "2024-12-31", false, "2024年春节前"]]);
    // During one, the occasion stays in the name, its year leaves it as any year does (was stated, the 春节 not named).
    expect(fields("2025年春节期间签约项目规模达到500亿元。")).toEqual([["春节期间签约项目规模", "2025-12-31", false, "2025年春节期间"]]);
    expect(fields("2024年春节期间签约项目规模达到500亿元。")).toEqual([["春节期间签约项目规模", "2024-12-31", false, "2024年春节期间"]]);
  });

  it("names the peony festival on Luoyang's two commitments tied to it", () => {
    const tied = extractReport(loadReport("luoyang-2023")).commitments.filter((c) => c.deadlineOccasion !== null);
    expect(tied.map((c) => [c.section, c.quote, c.deadline, c.deadlineStated, c.deadlineOccasion])).toEqual([
      ["三(三)", "力争牡丹文化节期间签约项目规模达到 500 亿元", "2023-12-31", false, "牡丹文化节期间"],
      ["三(六)", "确保天街洛南段牡丹文化节前完工", "2023-12-31", false, "牡丹文化节前"],
    ]);
  });
});
