import { describe, expect, it } from "vitest";
import { FIGURE_UNITS, isRateOfChangeUnit, MAGNITUDES, perPeriodUnit } from "@/lib/extract/units";
import { figuresInEnglish, unitInEnglish } from "./units-in-english";

describe("a report's units in English", () => {
  it("writes rates as English does: percentage points in words, % against the figure", () => {
    // 洛阳 2023: 常住人口城镇化率提高0.7个百分点; 地区生产总值增长7%.
    expect(figuresInEnglish(["0.7"], "个百分点")).toBe("0.7 percentage points");
    expect(figuresInEnglish(["1"], "个百分点")).toBe("1 percentage point");
    expect(figuresInEnglish(["0.5", "1"], "百分点")).toBe("0.5–1 percentage points");
    expect(figuresInEnglish(["7"], "%")).toBe("7%");
    expect(figuresInEnglish(["2", "3"], "％")).toBe("2–3%");
    expect(figuresInEnglish(["1"], "倍")).toBe("1×");
  });

  it("writes 万 and 亿 out as the number they make, from the figure's text (no floating point)", () => {
    // 一般公共预算收入386亿元; 新增高标准农田11万亩; 城镇新增就业5.5万人.
    expect(figuresInEnglish(["386"], "亿元")).toBe("38.6 billion yuan");
    expect(figuresInEnglish(["2600"], "亿元")).toBe("260 billion yuan");
    expect(figuresInEnglish(["11"], "万亩")).toBe("110,000 mu");
    expect(figuresInEnglish(["5.5"], "万人")).toBe("55,000 people");
    expect(figuresInEnglish(["3000"], "万元")).toBe("30 million yuan");
    expect(figuresInEnglish(["0.8", "1.2"], "亿元")).toBe("80–120 million yuan");
    expect(figuresInEnglish(["1.2"], "万亿元")).toBe("1.2 trillion yuan");
    expect(figuresInEnglish(["120"], "万千瓦")).toBe("1.2 million kW");
    expect(figuresInEnglish(["0.1234"], "亿元")).toBe("12.34 million yuan");
    expect(figuresInEnglish(["-3"], "万吨")).toBe("-30,000 tonnes");
    expect(figuresInEnglish(["0"], "万元")).toBe("0 yuan");
    expect(figuresInEnglish(["50"], "亿")).toBe("5 billion");
  });

  it("scales by every magnitude the extractor reads (its MAGNITUDES, one list)", () => {
    expect(figuresInEnglish(["3"], "千万元")).toBe("30 million yuan");
    expect(figuresInEnglish(["5"], "百万千瓦")).toBe("5 million kW");
    expect(figuresInEnglish(["2"], "千吨")).toBe("2,000 tonnes");
    for (const magnitude of MAGNITUDES) expect(figuresInEnglish(["1"], `${magnitude}元`)).toMatch(/^[\d,.]+(?: [a-z]+)? yuan$/);
  });

  it("drops a measure word with no English noun, after its 万 is written out, and names the rest", () => {
    // 北京 2025: 举办文化活动1.6万场、3万场; 建设筹集保障性住房5万套、8万套; 600部; 2000张.
    expect(figuresInEnglish(["1.6"], "万场")).toBe("16,000");
    expect(figuresInEnglish(["3"], "万场")).toBe("30,000");
    expect(figuresInEnglish(["5"], "万套")).toBe("50,000");
    expect(figuresInEnglish(["8"], "万套")).toBe("80,000");
    expect(figuresInEnglish(["600"], "部")).toBe("600");
    expect(figuresInEnglish(["2000"], "张")).toBe("2,000");
    expect(figuresInEnglish(["2"], "万个")).toBe("20,000");
    expect(figuresInEnglish(["388"], "个")).toBe("388");
    expect(figuresInEnglish(["3", "4"], "家")).toBe("3–4");
    // 生猪出栏170万头; 蛋鸡存栏170万只; 新建改造城市道路50公里.
    expect(figuresInEnglish(["170"], "万头")).toBe("1.7 million head");
    expect(figuresInEnglish(["170"], "万只")).toBe("1.7 million");
    expect(figuresInEnglish(["50"], "公里")).toBe("50 km");
    expect(figuresInEnglish(["1"], "户")).toBe("1 household");
    expect(figuresInEnglish(["1200"], "户")).toBe("1,200 households");
    // Energy as standard coal, one unit the extractor reads whole (节约能源5万吨标准煤).
    expect(figuresInEnglish(["5"], "万吨标准煤")).toBe("50,000 tonnes of standard coal equivalent");
    expect(figuresInEnglish(["0.35"], "千克标准煤")).toBe("0.35 kg of standard coal equivalent");
    expect(figuresInEnglish(["3"], "个工作日")).toBe("3 working days");
  });

  it("writes an amount per a period with the period in English", () => {
    // 新增生化处理能力日均1200吨.
    expect(figuresInEnglish(["1200"], "吨/日")).toBe("1,200 tonnes/day");
    expect(figuresInEnglish(["1"], "吨/日")).toBe("1 tonne/day");
    expect(figuresInEnglish(["1.2"], "万吨/日")).toBe("12,000 tonnes/day");
    expect(figuresInEnglish(["800"], "元/月")).toBe("800 yuan/month");
    expect(figuresInEnglish(["20"], "个/日")).toBe("20 per day");
    expect(figuresInEnglish(["35"], "微克/立方米")).toBe("35 μg/m³");
    // Not the extractor's spelling (it writes 日), but an admin may type it in the import review.
    expect(figuresInEnglish(["300"], "吨/天")).toBe("300 tonnes/day");
  });

  it("knows every unit the extractor reads, alone, and an amount's after each magnitude and per a period", () => {
    // A rate is neither scaled nor per a period ("万%" is no unit).
    const units = FIGURE_UNITS.flatMap((u) => (isRateOfChangeUnit(u) ? [u] : [u, ...MAGNITUDES.map((m) => m + u), perPeriodUnit(u, "日均")]));
    const unknown = units.filter((u) => {
      const english = figuresInEnglish(["2"], u);
      return english === null || /\p{Script=Han}/u.test(english) || unitInEnglish(u) === null;
    });
    expect(unknown).toEqual([]);
  });

  it("names the unit alone for a label: the scale a figure is typed in, nothing for a measure word", () => {
    expect(unitInEnglish("亿元")).toBe("100 million yuan");
    expect(unitInEnglish("万亩")).toBe("10,000 mu");
    expect(unitInEnglish("万个")).toBe("10,000");
    expect(unitInEnglish("万亿元")).toBe("1 trillion yuan");
    expect(unitInEnglish("个")).toBe("");
    expect(unitInEnglish("个百分点")).toBe("percentage points");
    expect(unitInEnglish("%")).toBe("%");
    expect(unitInEnglish("吨/日")).toBe("tonnes/day");
    expect(unitInEnglish("个/日")).toBe("per day");
    expect(unitInEnglish("万人次")).toBe("10,000 person-times");
  });

  it("knows no unit it has not been told, and says so (the caller writes it as the report did)", () => {
    expect(figuresInEnglish(["170"], "万碗")).toBeNull();
    expect(figuresInEnglish(["5"], "碗/日")).toBeNull();
    expect(figuresInEnglish(["5"], null)).toBeNull();
    expect(figuresInEnglish(["5"], " ")).toBeNull();
    expect(unitInEnglish("碗")).toBeNull();
  });
});
