import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { checkSheetRow } from "./check-sheet-row";
import { rowProblemParams } from "./row-problem";
import { headedIn } from "./sheet-layout";

const row = { row: 2, id: "16", asOf: "2023-06-30", actualValue: "", done: "", narrative: "已开工" };
const count = { id: 16, indicator: "新建口袋公园", kind: "NUMERIC" as const, status: "ACTIVE" as const, report: { year: 2023 }, comparator: "AT_LEAST" as const, targetValue: "90", targetMin: null, targetMax: null, unit: "个" };
const today = "2023-12-01";

describe("a row of the progress sheet", () => {
  it("reads full-width figures as the one-by-one form does", () => {
    expect(checkSheetRow({ ...row, actualValue: "３９" }, count, today)).toMatchObject({ actualValue: 39 });
    expect(checkSheetRow({ ...row, actualValue: "1，200" }, count, today)).toMatchObject({ actualValue: 1200 });
    expect(checkSheetRow({ ...row, actualValue: "４６２" }, count, today)).toMatchObject({ actualValue: 462 });
    expect(checkSheetRow({ ...row, actualValue: "1,234" }, count, today)).toMatchObject({ actualValue: 1234 });
    expect(checkSheetRow({ ...row, actualValue: "５０％" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualPercent", params: { value: "50" } }] });
  });

  it("refuses a figure written with words after it, naming the row's unit, as the form does: a 万 or 亿 is never dropped unasked", () => {
    expect(checkSheetRow({ ...row, actualValue: "46个" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualUnit", params: { unit: "个" } }] });
    expect(checkSheetRow({ ...row, actualValue: "386亿" }, { ...count, unit: "万元" }, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualOtherUnit", params: { typed: "亿", unit: "万元" } }] });
    expect(checkSheetRow({ ...row, actualValue: "46个" }, { ...count, unit: null }, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualWords", params: { typed: "个" } }] });
  });

  it("refuses an estimate as one, and Chinese numerals asking for digits, never as a unit other than the row's", () => {
    // 洛阳 2023: 新建5G基站462个, reported as 约462, 462个左右, 四百六十二.
    const problem = (actualValue: string) => {
      const checked = checkSheetRow({ ...row, actualValue }, { ...count, targetValue: "462" }, today);
      if (!("problems" in checked)) throw new Error(`${actualValue} was read`);
      const [{ messageKey, params }] = checked.problems;
      return [translator("zh")(messageKey, rowProblemParams({ messageKey, params }, headedIn("zh"))), translator("en")(messageKey, rowProblemParams({ messageKey, params }, headedIn("en")))];
    };
    expect(problem("约462")).toEqual(["“实际完成值”请填写确切的数字（如 462），不要写“约”", 'write the exact figure in "Actual value" (such as 462), without "约"']);
    expect(problem("462个左右")).toEqual(["“实际完成值”请只填写确切的数字，不要写“左右”", 'write only the exact figure in "Actual value", without "左右"']);
    expect(problem("四百六十二")).toEqual(["“实际完成值”请用阿拉伯数字填写，如 462", 'write "Actual value" in Arabic digits, such as 462']);
    expect(problem("三百五")).toEqual(["“实际完成值”请用阿拉伯数字（0–9）填写，不要用汉字数字", 'write "Actual value" in Arabic digits (0–9), not in Chinese numerals']);
  });

  it("refuses a count below zero, and keeps a growth rate's", () => {
    expect(checkSheetRow({ ...row, actualValue: "-3" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualNegative" }] });
    expect(checkSheetRow({ ...row, actualValue: "-0.4" }, { ...count, comparator: "GROWTH", targetValue: "6.5", unit: "%" }, today)).toMatchObject({ actualValue: -0.4 });
    // But not one below -100%: nothing falls by more than all of it.
    expect(checkSheetRow({ ...row, actualValue: "-120" }, { ...count, comparator: "GROWTH", targetValue: "11", unit: "%" }, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualGrowthBelowAll" }] });
  });

  it("refuses more decimals than are kept, as the form does, but not a formula's binary noise", () => {
    expect(checkSheetRow({ ...row, actualValue: "89.99996" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualDecimals" }] });
    expect(checkSheetRow({ ...row, actualValue: "12.300000000000001" }, count, today)).toMatchObject({ actualValue: 12.3 });
  });

  it("says a figure past what any figure can be is too large, not that it is no number", () => {
    expect(checkSheetRow({ ...row, actualValue: "100000000000000000000" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualTooLarge" }] });
    // Written in scientific notation as the form reads it: too large or too precise if it is,
    // asked for in full otherwise (Excel's "1.23457E+14" has lost digits).
    expect(checkSheetRow({ ...row, actualValue: "1E+16" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualTooLarge" }] });
    expect(checkSheetRow({ ...row, actualValue: "1e+21" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualTooLarge" }] });
    expect(checkSheetRow({ ...row, actualValue: "1e-7" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualDecimals" }] });
    expect(checkSheetRow({ ...row, actualValue: "1.23457E+14" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualExponent" }] });
  });

  it("says a narrative is too long rather than missing", () => {
    expect(checkSheetRow({ ...row, actualValue: "39", narrative: "字".repeat(6000) }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.narrativeTooLong", params: { max: 5000, length: 6000 } }] });
    expect(checkSheetRow({ ...row, actualValue: "39", narrative: " " }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.narrative" }] });
  });

  it("reads a date typed as text year first, and stores it as the day it names", () => {
    for (const asOf of ["2023/9/30", "2023.9.30", "2023年9月30日", "2023-9-30", "２０２３／９／３０"]) {
      expect(checkSheetRow({ ...row, asOf, actualValue: "39" }, count, today), asOf).toEqual({ asOf: "2023-09-30", narrative: "已开工", actualValue: 39, done: null });
    }
    // Read, the day is held to the form's rules: not before the report's year, not after today.
    expect(checkSheetRow({ ...row, asOf: "2022/12/31", actualValue: "39" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.asOfBeforeYear", params: { year: 2023 } }] });
    expect(checkSheetRow({ ...row, asOf: "2023年12月2日", actualValue: "39" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.asOfFuture" }] });
    // A day the calendar lacks and one whose order is a guess are said as such, beside the row's other problems.
    expect(checkSheetRow({ ...row, asOf: "2023/2/30", actualValue: "39", narrative: "" }, count, today)).toEqual({
      problems: [{ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023/2/30" } }, { messageKey: "bulk.error.narrative" }],
    });
    expect(checkSheetRow({ ...row, asOf: "9/30/2023", actualValue: "39" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.asOfNotYearFirst", params: { value: "9/30/2023" } }] });
  });

  it("names every problem of a row at once — its date, its note and its figure — as the form does", () => {
    // 6月底 for the date, 约2000 for the figure, no note: one upload says all three.
    expect(checkSheetRow({ ...row, asOf: "6月底", actualValue: "约2000", narrative: "" }, count, today)).toEqual({
      problems: [{ messageKey: "bulk.error.asOf" }, { messageKey: "bulk.error.narrative" }, { messageKey: "bulk.error.actualApproximateFigure", params: { words: ["约"], value: "2000" } }],
    });
    // A figure without a date is asked for its date, not told it is invalid.
    expect(checkSheetRow({ ...row, asOf: " ", actualValue: "39" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.asOfMissing" }] });
    // A date without a figure is asked for its figure, not told the empty cell is no number.
    expect(checkSheetRow({ ...row, actualValue: " " }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualMissing" }] });
  });

  it("refuses a 是否完成 written on a figure's row, and a figure written on a milestone's, rather than dropping it unsaid", () => {
    // 新建口袋公园 is a figure: a "是" beside its 39 would have been lost, the official believing it said.
    expect(checkSheetRow({ ...row, actualValue: "39", done: "是" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.doneNotRead" }] });
    expect(checkSheetRow({ ...row, actualValue: "39", done: "否" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.doneNotRead" }] });
    // Said beside the row's other problems: here the figure it lacks.
    expect(checkSheetRow({ ...row, done: "是" }, count, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualMissing" }, { messageKey: "bulk.error.doneNotRead" }] });
    // 公交集团完成股权划转 is a milestone: its 实际完成值 is read by nothing.
    const milestone = { ...count, indicator: "公交集团完成股权划转", kind: "MILESTONE" as const, comparator: null, targetValue: null, unit: null };
    expect(checkSheetRow({ ...row, done: "是", actualValue: "100" }, milestone, today)).toEqual({ problems: [{ messageKey: "bulk.error.actualNotRead" }] });
    expect(checkSheetRow({ ...row, actualValue: "1" }, milestone, today)).toEqual({ problems: [{ messageKey: "bulk.error.done" }, { messageKey: "bulk.error.actualNotRead" }] });
    // Each read alone, as before.
    expect(checkSheetRow({ ...row, done: "是" }, milestone, today)).toEqual({ asOf: "2023-06-30", narrative: "已开工", actualValue: null, done: true });
    expect(checkSheetRow({ ...row, actualValue: "39" }, count, today)).toEqual({ asOf: "2023-06-30", narrative: "已开工", actualValue: 39, done: null });
  });

  it("names a commitment closed since the sheet was downloaded, says what closed it, and asks for the row to be deleted", () => {
    const filled = { ...row, actualValue: "39" };
    expect(checkSheetRow(filled, { ...count, status: "VERIFIED" }, today)).toEqual({ problems: [{ messageKey: "bulk.error.closedVerified", params: { id: 16, indicator: "新建口袋公园" } }] });
    expect(checkSheetRow(filled, { ...count, status: "UNMET" }, today)).toEqual({ problems: [{ messageKey: "bulk.error.closedUnmet", params: { id: 16, indicator: "新建口袋公园" } }] });
    expect(checkSheetRow(filled, { ...count, status: "WITHDRAWN" }, today)).toEqual({ problems: [{ messageKey: "bulk.error.closedWithdrawn", params: { id: 16, indicator: "新建口袋公园" } }] });
    // Completed but not yet verified is still open: its row reads.
    expect(checkSheetRow(filled, { ...count, status: "COMPLETED" }, today)).toMatchObject({ actualValue: 39 });
  });
});
