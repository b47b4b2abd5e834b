import { describe, expect, it } from "vitest";
import { isMessageKey, translator, type Locale } from "@/lib/i18n/translate";
import { ZSubmitUpdate } from "./types";

describe("an update's form fields", () => {
  it("names the missing figure with the other mistakes, from the kind the form was drawn for", () => {
    const parsed = ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue: "", narrative: " ", expects: "NUMERIC" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([["actualValue", "form.required"], ["narrative", "form.required"]]);
  });

  it("names a missing figure or done / not done beside an empty day, not in a second round", () => {
    const issues = (input: Record<string, string>) =>
      ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "", narrative: "说明", ...input }).error?.issues.map((i) => [i.path.join("."), i.message]).sort();
    expect(issues({ actualValue: "", expects: "NUMERIC" })).toEqual([["actualValue", "form.required"], ["asOf", "form.required"]]);
    expect(issues({ expects: "MILESTONE" })).toEqual([["asOf", "form.required"], ["done", "form.required"]]);
    expect(issues({ asOf: "2023-6-30", actualValue: "-5", expects: "NUMERIC", lowest: "0" })).toEqual([["actualValue", "workflow.update.negative"], ["asOf", "workflow.form.date"]]);
  });

  it("says an empty day is required, and a day it cannot read is not a date", () => {
    const asOfIssue = (asOf: string) => ZSubmitUpdate.safeParse({ commitmentId: "7", asOf, actualValue: "11", narrative: "说明" }).error?.issues.find((i) => i.path[0] === "asOf")?.message;
    expect([asOfIssue(""), asOfIssue("2023-6-30"), asOfIssue("2023-02-30"), asOfIssue("2023-06-30")]).toEqual(["form.required", "workflow.form.date", "workflow.form.date", undefined]);
  });

  it("answers anything that is not a form with issues, never by throwing", () => {
    for (const input of [null, undefined, 7, "x"]) expect(ZSubmitUpdate.safeParse(input).success).toBe(false);
  });

  it("reads figures typed with a Chinese input method: full-width digits, signs and separators", () => {
    const figure = (actualValue: string) => ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "说明" }).data?.actualValue;
    expect(figure("３９０")).toBe(390);
    expect(figure("1，200．5")).toBe(1200.5);
    expect(figure("1,234")).toBe(1234);
    expect(figure("４６２")).toBe(462);
    expect(figure("－２．５")).toBe(-2.5);
    expect(figure("−0.3")).toBe(-0.3);
    expect(figure("　")).toBeNull();
  });

  it("refuses what is not a plain number (hexadecimal, an exponent) as the progress sheet does", () => {
    const issues = (actualValue: string) => ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "说明" }).error?.issues.map((i) => i.message);
    expect(issues("0x10")).toEqual(["workflow.form.number"]);
    // A number in scientific notation is asked for in full, not called no number; one that could
    // not be kept written out is said to be that.
    expect(issues("1e3")).toEqual(["workflow.form.noExponent"]);
    expect(issues("１．２Ｅ＋６")).toEqual(["workflow.form.noExponent"]);
    expect(issues("1e16")).toEqual(issues("10000000000000000"));
    expect(issues("1e16")).toEqual(["workflow.form.numberTooLarge"]);
    expect(issues("-1e999")).toEqual(["workflow.form.numberTooLarge"]);
    expect(issues("1".padEnd(400, "0"))).toEqual(["workflow.form.numberTooLarge"]);
    expect(issues("1.5e-7")).toEqual(["workflow.form.tooManyDecimals"]);
    // A percent sign is named: the field's unit is % already.
    expect(issues("5%")).toEqual(["workflow.form.noPercent"]);
    expect(issues("６９．５％")).toEqual(["workflow.form.noPercent"]);
    // Other words after a number are named, never read ("386亿" is not 386).
    expect(issues("5%%")).toEqual(["workflow.form.noUnit"]);
    expect(issues("386亿")).toEqual(["workflow.form.noUnit"]);
  });

  it("refuses a figure typed with its unit, naming the commitment's unit from the form's hint, and other words as another unit", () => {
    const refused = (actualValue: string, unit?: string) =>
      ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "", ...(unit ? { unit } : {}) }).error?.issues.map((i) => [i.path.join("."), i.message, i.code === "custom" ? i.params : undefined]);
    // 新建5G基站462个: the unit itself, said to be left out.
    expect(refused("462个", "个")).toEqual([["actualValue", "workflow.form.unitGiven", { typed: "个", unit: "个" }], ["narrative", "form.required", undefined]]);
    expect(refused("66.2%", "%")).toEqual([["actualValue", "workflow.form.unitGiven", { typed: "%", unit: "%" }], ["narrative", "form.required", undefined]]);
    // 386亿 of a target in 亿元 or in 万元: asked in the commitment's unit, so no 亿 is dropped unasked.
    expect(refused("386亿", "亿元")?.[0]).toEqual(["actualValue", "workflow.form.otherUnit", { typed: "亿", unit: "亿元" }]);
    expect(refused("386亿", "万元")?.[0]).toEqual(["actualValue", "workflow.form.otherUnit", { typed: "亿", unit: "万元" }]);
    expect(refused("66.2%", "个")?.[0]).toEqual(["actualValue", "workflow.form.otherUnit", { typed: "%", unit: "个" }]);
    // Without the hint (another caller), the words are named; a plain figure is taken whatever the hint.
    expect(refused("462个")?.[0]).toEqual(["actualValue", "workflow.form.noUnit", { typed: "个" }]);
    expect(refused("66.2%")?.[0]).toEqual(["actualValue", "workflow.form.noPercent", { typed: "%" }]);
    expect(ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue: "462", narrative: "说明", unit: "个" }).data?.actualValue).toBe(462);
  });

  it("refuses more than the four decimals that are kept, and keeps four", () => {
    const parsed = (actualValue: string) => ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "说明" });
    expect(parsed("19.99996").error?.issues.map((i) => i.message)).toEqual(["workflow.form.tooManyDecimals"]);
    expect(parsed("12.1235").data?.actualValue).toBe(12.1235);
  });

  it("asks for an exact figure in place of an estimate, and for Arabic digits in place of Chinese numerals — never a unit other than the commitment's", () => {
    // 洛阳 2023: 新建5G基站462个, reported as 约462, 462个左右, 四百六十二 from a form drawn with the unit 个.
    const said = (actualValue: string, locale: Locale) => {
      const issue = ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "说明", unit: "个" }).error?.issues.find((i) => i.path[0] === "actualValue");
      if (!issue || !isMessageKey(issue.message)) throw new Error(`${actualValue} was read`);
      return translator(locale)(issue.message, issue.code === "custom" ? issue.params : undefined);
    };
    expect(said("约462", "zh")).toBe("请填写确切的数字（如 462），不要写“约”。");
    expect(said("462个左右", "zh")).toBe("请只填写确切的数字，不要写“左右”。");
    expect(said("约462左右", "zh")).toBe("请填写确切的数字（如 462），不要写“约、左右”。");
    expect(said("四百六十二", "zh")).toBe("请用阿拉伯数字填写，如 462。");
    expect(said("三百五", "zh")).toBe("请用阿拉伯数字（0–9）填写，不要用汉字数字。");
    expect(said("约462", "en")).toBe('Enter the exact figure (e.g. 462), without "约".');
    expect(said("462个左右", "en")).toBe('Enter the exact figure only, without "左右".');
    expect(said("四百六十二", "en")).toBe("Write the figure in Arabic digits, e.g. 462.");
    expect(said("三百五", "en")).toBe("Write the figure in Arabic digits (0–9), not in Chinese numerals.");
    // What is refused is never stored: no figure comes out of the parse.
    expect(ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue: "约462", narrative: "说明" }).success).toBe(false);
  });

  it("says a figure past what any figure can be is too large (storedFigure, as the progress sheet does)", () => {
    const issues = (actualValue: string) => ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: "2023-06-30", actualValue, narrative: "说明" }).error?.issues.map((i) => i.message);
    expect(issues("100000000000000000000")).toEqual(["workflow.form.numberTooLarge"]);
    expect(issues("-1000000000000001")).toEqual(["workflow.form.numberTooLarge"]);
  });
});
