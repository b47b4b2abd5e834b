import { describe, expect, it } from "vitest";
import { figureValidation } from "./figure-validation";

// 洛阳 2023: 新建5G基站2500个, 农作物良种覆盖率97%以上, 地区生产总值增长7%, 居民消费价格涨幅3%以内, 单位生产总值能耗下降3%.
const base = { targetMin: null, targetMax: null };
const towers = { ...base, indicator: "新建5G基站", comparator: "AT_LEAST" as const, targetValue: 2500, unit: "个" };
const seeds = { ...base, indicator: "农作物良种覆盖率", comparator: "AT_LEAST" as const, targetValue: 97, unit: "%" };
const gdp = { ...base, indicator: "地区生产总值", comparator: "GROWTH" as const, targetValue: 7, unit: "%" };
const prices = { ...base, indicator: "居民消费价格涨幅", comparator: "AT_MOST" as const, targetValue: 3, unit: "%" };
const energy = { ...base, indicator: "单位生产总值能耗", comparator: "GROWTH" as const, targetValue: -3, unit: "%" };

describe("Excel's own check of a figure's cell in the progress sheet", () => {
  it("says what the cell takes — a number within its bounds, no unit, no words — since its box shows for text typed too", () => {
    // The box Excel shows for "约462" or "462个" as for -5: not only "不能小于 0".
    expect(figureValidation(towers, "zh")).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      showErrorMessage: true,
      errorStyle: "stop",
      error: "“实际完成值”只能填写不小于 0 的数字，不带单位或文字（该目标是数量，不是增长率或比率）",
    });
    expect(figureValidation(seeds, "zh")).toMatchObject({ operator: "between", formulae: [0, 100], error: "“实际完成值”只能填写 0 到 100 之间的数字，不带“%”、单位或文字（该指标是比例，单位为 %）" });
    expect(figureValidation(gdp, "zh")).toMatchObject({ operator: "greaterThanOrEqual", formulae: [-100], error: "“实际完成值”只能填写不小于 -100 的数字，不带“%”、单位或文字（该目标是增长率）" });
    // A price change may fall below zero: text alone is stopped, and said so.
    expect(figureValidation(prices, "zh")).toMatchObject({ operator: "greaterThan", showErrorMessage: true, errorStyle: "stop", error: "“实际完成值”只能填写数字，不带“%”、单位或文字" });
  });

  it("says it in the sheet's language, naming the column as the sheet heads it", () => {
    expect(figureValidation(towers, "en").error).toBe('"Actual value" takes a number of 0 or more, without a unit or words (this target is a count or an amount, not a rate)');
    expect(figureValidation(seeds, "en").error).toBe('"Actual value" takes a number from 0 to 100, without "%", a unit or words (this indicator is a share, in %)');
    expect(figureValidation(gdp, "en").error).toBe('"Actual value" takes a number of -100 or more, without "%", a unit or words (this target is a growth rate)');
    expect(figureValidation(prices, "en").error).toBe('"Actual value" takes a number only, without "%", a unit or words');
  });

  it("prompts a planned fall for a negative change, as before", () => {
    expect(figureValidation(energy, "zh")).toMatchObject({ showInputMessage: true, promptTitle: "下降目标", prompt: "目标为下降 3%：请填写增减幅度，下降填负数（如下降 2.5 填 -2.5）。" });
    expect(figureValidation(towers, "zh").prompt).toBeUndefined();
  });

  it("says in an English sheet the unit a figure is typed in, where English writes the target at another scale", () => {
    // 洛阳 2023: 完成投资2600亿元, written "≥ 260 billion yuan" on an English sheet.
    const investment = { ...base, indicator: "10亿元以上重大项目年度完成投资", comparator: "AT_LEAST" as const, targetValue: 2600, unit: "亿元" };
    expect(figureValidation(investment, "en")).toMatchObject({
      showInputMessage: true,
      promptTitle: "In the report's unit",
      prompt: "Type the figure in 100 million yuan, as the report counts it: 2600 for 260 billion yuan.",
    });
    // The Chinese sheet writes the target in the unit the figure is typed in.
    expect(figureValidation(investment, "zh").prompt).toBeUndefined();
    expect(figureValidation(towers, "en").prompt).toBeUndefined();
  });
});
