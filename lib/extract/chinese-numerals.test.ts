// Chinese numerals as the figure of a target, and as part of a name.

import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string, year = 2023): ExtractedCommitment[] {
  return extractReport(miniReport(plan, { year })).commitments.filter((c) => c.section !== "二");
}

const targets = (plan: string) => inPlan(plan).map((c) => [c.indicator, c.value, c.unit, c.comparator]);

describe("a figure in Chinese numerals", () => {
  it.each([
    ["新增规上工业企业一百二十家。", "新增规上工业企业", 120, "家"],
    ["建成三十个口袋公园。", "建成口袋公园", 30, "个"],
    ["新建口袋公园三十个。", "新建口袋公园", 30, "个"],
    ["建设高标准农田两千亩。", "建设高标准农田", 2000, "亩"],
    ["新建中小学十五个。", "新建中小学", 15, "个"],
  ])("%s", (plan, indicator, value, unit) => {
    expect(targets(plan)).toEqual([[indicator, value, unit, "="]]);
  });

  it("reads 万 inside a number as written, the unit after it kept (nothing was read once)", () => {
    expect(targets("改造老旧小区一万两千户。")).toEqual([["改造老旧小区", 12000, "户", "="]]);
    expect(targets("新增就业一万二千人。")).toEqual([["新增就业", 12000, "人", "="]]);
    expect(targets("新增城镇就业两万五千人以上。")).toEqual([["新增城镇就业", 25000, "人", ">="]]);
    expect(targets("新增就业一万零五百人。")).toEqual([["新增就业", 10500, "人", "="]]);
    // 万 with no numeral after it is the unit's, as after Arabic digits (2万亩).
    expect(targets("新增高标准农田两万亩。")).toEqual([["新增高标准农田", 2, "万亩", "="]]);
  });

  it("reads one before its noun in any unit right after a verb of building or adding (a count word only, once)", () => {
    expect(targets("新建两千亩高标准农田。")).toEqual([["新建高标准农田", 2000, "亩", "="]]);
    expect(targets("改造一万两千户老旧小区。")).toEqual([["改造老旧小区", 12000, "户", "="]]);
    expect(targets("建设两千公里农村公路。")).toEqual([["建设农村公路", 2000, "公里", "="]]);
  });

  it("reads no 一 before its noun there, which is 'a', nor a numeral of a phrase", () => {
    expect(targets("建成一张网。")).toEqual([]);
    expect(targets("打造一米菜园。")).toEqual([]);
    expect(targets("新建一万亩示范区。")).toEqual([]);
    expect(targets("实施一户一策。")).toEqual([]);
    expect(targets("实施一园两区建设。")).toEqual([]);
    expect(targets("建设示范区一张网。")).toEqual([]);
  });

  it("reads 一 with a count word before its noun as 'a' but right after a verb of building or adding (was «中心» 1个)", () => {
    // Right after the verb it counts one: a school to build is a target of 1.
    expect(targets("新建一所学校。")).toEqual([["新建学校", 1, "所", "="]]);
    expect(targets("建成一座污水处理厂。")).toEqual([["建成污水处理厂", 1, "座", "="]]);
    expect(targets("新建学校一所。")).toEqual([["新建学校", 1, "所", "="]]);
    // 一批 is a label, no figure; after another verb, or its clause's building verb far before, 一 is "a".
    expect(targets("建设一批重点项目。")).toEqual([]);
    expect(targets("推动形成一个中心、多点支撑的发展格局。")).toEqual([]);
    expect(targets("建成后将形成一个区域物流中心。")).toEqual([]);
  });

  it("reads none in a name: 三大改造, 十四五, 一带一路, 两个确保, 第二批", () => {
    expect(targets("实施三大改造工程。")).toEqual([]);
    expect(targets("谋划十四五重大项目。")).toEqual([]);
    expect(targets("融入一带一路建设。")).toEqual([]);
    expect(targets("落实两个确保要求。")).toEqual([]);
    expect(targets("启动第二批现代化高中建设。")).toEqual([]);
    // The figure beside such a name is still read.
    expect(targets("锚定两个确保，新增规上工业企业一百二十家。")).toEqual([["新增规上工业企业", 120, "家", "="]]);
    expect(targets("实施十四五规划重大项目30个。")).toEqual([["十四五规划重大项目", 30, "个", "="]]);
    expect(targets("建设第二批十个示范村。")).toEqual([["建设示范村", 10, "个", "="]]);
  });

  it("reads none in Beijing 2025's names of programmes, after a verb that builds nothing", () => {
    const beijing = extractReport(loadReport("beijing-2025"));
    const quoted = (words: string) => beijing.commitments.filter((c) => c.quote.includes(words));
    // "深入开展…职业培训创新三项工程", "织密政府审计和内部审计两张网", "深入抓好两个“关键小事”".
    expect([quoted("三项工程"), quoted("两张网"), quoted("关键小事")]).toEqual([[], [], []]);
    expect(beijing.text).toContain("职业培训创新三项工程");
    expect(beijing.text).toContain("内部审计两张网");
  });
});
