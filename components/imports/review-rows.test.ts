import { describe, expect, it } from "vitest";
import { acceptedRows, canMergeWithNext, chooseDeadline, chooseLead, mergeQuestion, mergeWithNext, occasionDeadlines, pastDeadlines, reviewErrors, reviewProblems, reviewTarget, splitRow, summaryMessages, toReviewRow, updateRow, withEdited, type AcceptedRows } from "./review-rows";
import { formatTarget } from "@/lib/commitments/format-target";
import { translator } from "@/lib/i18n/translate";
import type { ReviewRow } from "./review-types";

const row = (key: string, start: number, end: number, rejected = false): ReviewRow => ({
  key, section: "二", theme: null, kind: "numeric", start, end, indicator: key, value: "1", min: "", max: "", unit: "个",
  comparator: "=", deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false, leadDepartmentId: null, supportingDepartmentIds: [],
  responsibleUserId: null, rejected, reportDeadline: null,
});

describe("review row edits", () => {
  it("merges with the next row that is not rejected, spanning both quotes", () => {
    const rows = [row("a", 10, 20), row("b", 20, 25, true), row("c", 30, 40)];
    expect(mergeWithNext(rows, "a").map((r) => [r.key, r.start, r.end])).toEqual([["a", 10, 40], ["b", 20, 25]]);
  });
  it("does not merge across sections (赤字率 3% in 二 with 专项债券3.8万亿元 in 二(一): the quote would span the heading)", () => {
    const rows = [row("a", 10, 20), { ...row("b", 900, 930), section: "二(一)" }, row("c", 940, 950)];
    expect(canMergeWithNext(rows, "a")).toBe(false);
    expect(mergeWithNext(rows, "a")).toBe(rows);
    expect(canMergeWithNext(rows, "c")).toBe(false);
    expect(canMergeWithNext([row("a", 10, 20), row("b", 30, 40)], "a")).toBe(true);
  });
  it("splits a row into two with the same span, right after it", () => {
    expect(splitRow([row("a", 1, 2), row("b", 3, 4)], "a", "n1").map((r) => r.key)).toEqual(["a", "n1", "b"]);
  });
  it("accepts every row not rejected, without the review flag", () => {
    const rows = updateRow([row("a", 1, 2), row("b", 3, 4)], "a", { rejected: true });
    const { candidates } = acceptedRows(rows);
    expect(candidates.map((r) => r.key)).toEqual(["b"]);
    expect(candidates[0]).not.toHaveProperty("rejected");
  });
  it("numbers each accepted row by its place in the list as shown, rejected rows counted, and keeps no number in the rows themselves", () => {
    const rows = updateRow(splitRow([row("a", 1, 2), row("b", 3, 4), row("c", 5, 6)], "a", "n1"), "b", { rejected: true });
    expect(acceptedRows(rows).candidates.map((c) => [c.key, c.row])).toEqual([["a", 1], ["n1", 2], ["c", 4]]);
    expect(toReviewRow(acceptedRows(rows).candidates[2])).not.toHaveProperty("row");
  });
});

describe("asking before a merge", () => {
  const t = translator("zh");
  const text = "城镇新增就业1200万人左右，城镇调查失业率控制在5.5%以内。完成老旧小区改造。";
  const jobs = { ...row("a", 0, 14), indicator: "城镇新增就业", comparator: "approx" as const, value: "1200", unit: "万人" };
  const unemployment = { ...row("b", 15, 32), indicator: "城镇调查失业率", comparator: "<=" as const, value: "5.5", unit: "%" };
  const estates = { ...row("c", 33, 41), indicator: "完成老旧小区改造", kind: "milestone" as const, comparator: null, value: "", unit: null };
  const ask = (rows: ReviewRow[], key: string) => mergeQuestion(rows, key, { text, locale: "zh", question: t("import.mergeQuestion") });
  it("names the target the next row's would be dropped for", () => {
    expect(ask([jobs, unemployment], "a")).toBe("合并后将只保留“城镇新增就业 约 1200万人”，“城镇调查失业率 ≤ 5.5%”的目标将被舍弃。");
    expect(ask([unemployment, estates], "b")).toBe("合并后将只保留“城镇调查失业率 ≤ 5.5%”，“完成老旧小区改造”的目标将被舍弃。");
  });
  it("asks it in English as a condition, the figures written as English writes them", () => {
    const question = translator("en")("import.mergeQuestion");
    expect(mergeQuestion([jobs, unemployment], "a", { text, locale: "en", question })).toBe('If merged, only "城镇新增就业 ≈ 12 million people" is kept; the target "城镇调查失业率 ≤ 5.5%" is dropped.');
  });
  it("asks nothing where there is nothing to merge with", () => {
    expect(ask([jobs, { ...unemployment, rejected: true }], "a")).toBeNull();
  });
});

describe("choosing a lead department in the editor", () => {
  const officials = [{ id: 7, departmentId: 2 }];
  const owned = { ...row("a", 1, 2), leadDepartmentId: 2, responsibleUserId: 7, supportingDepartmentIds: [3, 4] };
  it("takes it out of the supporting departments and says which", () => {
    expect(chooseLead(owned, 3, officials)).toEqual({ patch: { leadDepartmentId: 3, responsibleUserId: null, supportingDepartmentIds: [4] }, removedFromSupporting: 3 });
  });
  it("keeps the supporting departments and a responsible official of the lead as they are", () => {
    expect(chooseLead(owned, 2, officials)).toEqual({ patch: { leadDepartmentId: 2 }, removedFromSupporting: null });
    expect(chooseLead(owned, null, officials)).toEqual({ patch: { leadDepartmentId: null, responsibleUserId: null }, removedFromSupporting: null });
  });
});

describe("accepting typed numbers", () => {
  it("turns the extractor's candidate into editable text and back, unchanged", () => {
    // 下降2%—3%, as the extractor reads it: the range −3…−2.
    const candidate = { ...acceptedRows([row("a", 1, 2)]).candidates[0], value: null, min: -3, max: -2, comparator: "range" as const };
    const reviewed = toReviewRow(candidate);
    expect([reviewed.value, reviewed.min, reviewed.max, reviewed.rejected]).toEqual(["", "-3", "-2", false]);
    expect(acceptedRows([reviewed]).candidates).toEqual([candidate]);
    const growth = { ...candidate, value: -3, min: null, max: null, comparator: "growth" as const };
    expect(acceptedRows([toReviewRow(growth)]).candidates).toEqual([growth]);
    expect(toReviewRow({ ...candidate, value: null, min: null, max: null })).toMatchObject({ value: "", min: "", max: "" });
  });
  it("sends 5.5 and −3 as numbers and an empty field as no value", () => {
    const rows = [
      { ...row("a", 1, 2), value: "5.5" },
      { ...row("b", 3, 4), comparator: "growth" as const, value: "-3" },
      { ...row("c", 5, 6), value: "" },
    ];
    const { candidates, invalid } = acceptedRows(rows);
    expect(candidates.map((c) => c.value)).toEqual([5.5, -3, null]);
    expect(invalid).toEqual({});
  });
  it("holds back a shown field that is not a number, row by row, and never sends NaN", () => {
    const rows = [
      { ...row("a", 1, 2), value: "-" },
      { ...row("b", 3, 4), comparator: "range" as const, min: "5%", max: "八" },
      { ...row("c", 5, 6), value: "abc", rejected: true },
      { ...row("d", 7, 8), value: "1e3" },
      { ...row("e", 9, 10), value: "69.5％" },
      { ...row("f", 11, 12), value: "386亿" },
      { ...row("g", 13, 14), value: "约5" },
      { ...row("h", 15, 16), value: "十二" },
    ];
    const { candidates, invalid } = acceptedRows(rows);
    // Each with what is wrong with it, so the field can say more than "enter a number".
    expect(invalid).toEqual({
      a: { value: { problem: "notANumber" } },
      b: { min: { problem: "percent", value: "5" }, max: { problem: "chineseNumeral", value: "8" } },
      d: { value: { problem: "exponent" } },
      e: { value: { problem: "percent", value: "69.5" } },
      f: { value: { problem: "unit", value: "386", typed: "亿" } },
      g: { value: { problem: "approximate", words: ["约"], value: "5" } },
      h: { value: { problem: "chineseNumeral", value: "12" } },
    });
    expect(candidates.map((c) => [c.value, c.min, c.max])).toEqual(Array(7).fill([null, null, null]));
  });
  it("does not hold back a field the editor hides: a range's value, a milestone's numbers", () => {
    const rows = [
      { ...row("a", 1, 2), comparator: "range" as const, value: "x", min: "2", max: "3" },
      { ...row("b", 3, 4), kind: "milestone" as const, comparator: null, value: "x", unit: null },
    ];
    const { candidates, invalid } = acceptedRows(rows);
    expect(invalid).toEqual({});
    expect(candidates.map((c) => [c.value, c.min, c.max])).toEqual([[null, 2, 3], [null, null, null]]);
  });
});

describe("a row whose target changes shape", () => {
  // 新增城镇就业 ≥ 5 万人, switched by the admin to the range 5–6 万人: the editor shows 下限 and 上限 only.
  const jobs = { ...row("a", 1, 2), comparator: ">=" as const, value: "5", unit: "万人" };
  it("switched to a range, is accepted as its low and high, without the single value it had", () => {
    const switched = updateRow([jobs], "a", { comparator: "range", min: "5", max: "6" });
    expect(acceptedRows(switched).candidates[0]).toMatchObject({ comparator: "range", value: null, min: 5, max: 6 });
    expect(formatTarget(reviewTarget(switched[0]))).toBe("5–6万人");
    expect(reviewTarget(switched[0]).targetValue).toBeNull();
  });
  it("switched back from a range, is accepted as its one value, without the low and high", () => {
    const back = updateRow([{ ...jobs, comparator: "range" as const, min: "5", max: "6" }], "a", { comparator: ">=" });
    expect(acceptedRows(back).candidates[0]).toMatchObject({ comparator: ">=", value: 5, min: null, max: null });
    expect(reviewTarget(back[0])).toMatchObject({ targetValue: 5, targetMin: null, targetMax: null });
  });
});

describe("errors shown on the rows", () => {
  it("puts the server's errors on the accepted row they name and the browser's on its number fields", () => {
    const notANumber = {
      notANumber: "请输入数字",
      percent: "不要带百分号",
      unit: "单位填在“单位”栏",
      exponent: "写出完整的数字",
      tooLarge: "数值过大",
      tooPrecise: "最多 4 位小数",
      approximate: "“{words}”请在“比较方式”中选择",
      approximateFigure: "请只填写数字（如 {value}），“{words}”请在“比较方式”中选择",
      chineseNumeral: "请用阿拉伯数字",
      chineseNumeralFigure: "请用阿拉伯数字填写，如 {value}",
    };
    const invalid: AcceptedRows["invalid"] = {
      a: { value: { problem: "notANumber" } },
      c: { value: { problem: "percent", value: "5" } },
      d: { min: { problem: "approximate", words: ["约", "以上"], value: "5" }, max: { problem: "chineseNumeral", value: "12" } },
    };
    const errors = reviewErrors({ "candidates.1.value": ["必填"], "candidates.1.indicator": ["重复"], draftId: ["x"] }, ["a", "c"], invalid, { notANumber, enumeration: "、" });
    expect(errors).toEqual({
      a: { value: ["请输入数字"] },
      c: { value: ["不要带百分号"], indicator: ["重复"] },
      // The figure meant and the words typed, filled in the browser in the page's language.
      d: { min: ["请只填写数字（如 5），“约、以上”请在“比较方式”中选择"], max: ["请用阿拉伯数字填写，如 12"] },
    });
  });
  it("drops the server's message on a field once that field of that row is edited, and keeps the others' until the next answer", () => {
    const tooLarge = "数值过大（超过 10¹⁵）";
    const answer = { "candidates.0.value": [tooLarge], "candidates.1.value": [tooLarge], "candidates.1.deadline": ["请输入有效日期"] };
    // 目标值 99999999999999999999 refused, then typed back to 3 on row a only.
    const edited = withEdited({}, "a", { value: "3" });
    expect(reviewErrors(answer, ["a", "b"], {}, {} as never, edited)).toEqual({ b: { value: [tooLarge], deadline: ["请输入有效日期"] } });
    // Choosing a lead clears the responsible official too: both of its messages are out of date.
    const lead = withEdited(edited, "b", { leadDepartmentId: 3, responsibleUserId: null });
    expect(lead).toEqual({ a: ["value"], b: ["leadDepartmentId", "responsibleUserId"] });
    expect(reviewErrors({ "candidates.1.responsibleUserId": ["责任人必须属于牵头单位"] }, ["a", "b"], {}, {} as never, lead)).toEqual({});
  });
  it("keeps the server's messages on the rows it was sent, whatever was added or rejected before them since", () => {
    // Sent [a, b]; a row added before a since: "candidates.1" is still b.
    expect(reviewErrors({ "candidates.1.indicator": ["重复"] }, ["a", "b"], {}, {} as never)).toEqual({ b: { indicator: ["重复"] } });
  });
});

describe("the review's own check of what the accept refuses", () => {
  const t = translator("zh");
  const messages = {
    "import.error.deadlineBeforeYear": t("import.error.deadlineBeforeYear"),
    "import.error.deadlineTooLate": t("import.error.deadlineTooLate"),
    "import.error.negativeTarget": t("import.error.negativeTarget"),
    "import.error.rangeOrder": t("import.error.rangeOrder"),
    "import.error.unitMissing": t("import.error.unitMissing"),
  };
  it("says it at the row's field in the server's words, each row named by its number in the list, rejected rows counted", () => {
    const rows = [row("a", 1, 2, true), { ...row("b", 3, 4), deadline: "2099-12-31" }, { ...row("c", 5, 6), value: "-5", unit: null }];
    const { candidates } = acceptedRows(rows);
    expect(reviewProblems(candidates, 2023, messages)).toEqual({
      b: { deadline: [t("import.error.deadlineTooLate", { row: 2, indicator: "b", deadline: "2099-12-31", year: 2023, last: "2033-12-31", years: 10 })] },
      c: {
        value: [t("import.error.negativeTarget", { row: 3, indicator: "c", figure: -5 })],
        unit: [t("import.error.unitMissing", { row: 3, indicator: "c" })],
      },
    });
  });
  it("finds nothing in rows that break no rule, nor in a figure still being typed (\"-\")", () => {
    expect(reviewProblems(acceptedRows([row("a", 1, 2), { ...row("b", 3, 4), value: "-" }]).candidates, 2023, messages)).toEqual({});
  });
});

describe("a row's summary of its mistakes", () => {
  const deadline = "第 3 项“年度完成投资”：完成时限 2019-01-01 早于报告年度 2023 年的 1 月 1 日，请改正。";
  const negative = "第 3 项“年度完成投资”：目标值 -5 不能为负数，请改正。";
  const errors = { deadline: [deadline], value: [negative, negative], theme: ["主题不能超过 50 字"] };
  it("says every mistake once while the row is closed", () => {
    expect(summaryMessages(row("a", 1, 2), errors, false)).toEqual([deadline, negative, "主题不能超过 50 字"]);
  });
  it("leaves to an open editor what it says beside its own fields, and keeps what no field shows", () => {
    expect(summaryMessages(row("a", 1, 2), errors, true)).toEqual(["主题不能超过 50 字"]);
  });
  it("keeps a figure's mistake the open editor does not show: a single value's while the row is a range, any figure's of a milestone", () => {
    const range = { ...row("a", 1, 2), comparator: "range" as const };
    expect(summaryMessages(range, { value: [negative], max: ["上限 8 小于下限 12"] }, true)).toEqual([negative]);
    const milestone = { ...row("a", 1, 2), kind: "milestone" as const, comparator: null };
    expect(summaryMessages(milestone, { unit: ["请填写单位"], deadline: [deadline] }, true)).toEqual(["请填写单位"]);
  });
});

describe("deadlines past on import", () => {
  it("are those of the rows to accept before today (Beijing's day); the deadline day itself is still in time", () => {
    const rows = [row("a", 1, 2), { ...row("b", 3, 4), deadline: "2026-12-07" }, { ...row("c", 5, 6), deadline: "2027-03-31" }, row("d", 7, 8, true)];
    expect(pastDeadlines(acceptedRows(rows).candidates, "2026-12-07")).toBe(1);
    expect(pastDeadlines(acceptedRows(rows).candidates, "2026-12-08")).toBe(2);
    expect(pastDeadlines(acceptedRows(rows).candidates, "2023-01-04")).toBe(0);
  });
});

describe("deadlines the report names by an occasion without a day", () => {
  // "确保天街洛南段牡丹文化节前完工": due at the year's end by default, its alert 8 months late.
  const tied = (key: string, occasion: string, rejected = false): ReviewRow => ({ ...row(key, 1, 2, rejected), deadlineOccasion: occasion });

  it("are counted among the rows to accept until the admin types their day, named by the first", () => {
    const rows = [row("a", 1, 2), tied("b", "牡丹文化节前"), tied("c", "春节前"), tied("d", "汛期前", true)];
    expect(occasionDeadlines(acceptedRows(rows).candidates)).toEqual({ count: 2, occasion: "牡丹文化节前" });
    const typed = updateRow(rows, "b", chooseDeadline(rows[1], "2023-04-01", 2023));
    expect(occasionDeadlines(acceptedRows(typed).candidates)).toEqual({ count: 1, occasion: "春节前" });
    // Typed back to the year's end, the default again: the day is asked for again.
    const back = updateRow(typed, "b", chooseDeadline(typed[1], "2023-12-31", 2023));
    expect(occasionDeadlines(acceptedRows(back).candidates)).toEqual({ count: 2, occasion: "牡丹文化节前" });
  });

  it("are none in a draft made before occasions were named, or where every day is known", () => {
    expect(occasionDeadlines(acceptedRows([row("a", 1, 2), { ...row("b", 3, 4), deadlineOccasion: null }]).candidates)).toBeNull();
  });
});

describe("a deadline edited in the review", () => {
  it("typed away from the year's end is the admin's, and typed back the default again, not 报告写明", () => {
    const found = toReviewRow({ ...acceptedRows([row("a", 1, 2)]).candidates[0] });
    const moved = updateRow([found], "a", chooseDeadline(found, "2023-06-30", 2023));
    expect(moved[0]).toMatchObject({ deadline: "2023-06-30", deadlineStated: false, deadlineSetByAdmin: true });
    const back = updateRow(moved, "a", chooseDeadline(moved[0], "2023-12-31", 2023));
    expect(back[0]).toMatchObject({ deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false });
  });
  it("remembers the report's own day through an edit and a split, and never sends it", () => {
    const stated = toReviewRow({ ...acceptedRows([row("a", 1, 2)]).candidates[0], deadline: "2023-06-30", deadlineStated: true });
    expect(stated.reportDeadline).toBe("2023-06-30");
    const moved = updateRow([stated], "a", chooseDeadline(stated, "2023-09-30", 2023));
    const copy = splitRow(moved, "a", "n1")[1];
    expect(chooseDeadline(copy, "2023-06-30", 2023)).toEqual({ deadline: "2023-06-30", deadlineStated: true, deadlineSetByAdmin: false });
    expect(acceptedRows([copy]).candidates[0]).not.toHaveProperty("reportDeadline");
    expect(acceptedRows([copy]).candidates[0]).toMatchObject({ deadline: "2023-09-30", deadlineStated: false, deadlineSetByAdmin: true });
  });
});
