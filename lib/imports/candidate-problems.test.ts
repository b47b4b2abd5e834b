import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { loadReport, type ReportName } from "@/lib/extract/__fixtures__/load";
import { translator } from "@/lib/i18n/translate";
import { candidateProblems } from "./candidate-problems";
import type { TImportCandidate } from "./types";

type Rule = Parameters<typeof candidateProblems>[0];
// 实施388个10亿元以上重大项目, in a report of 2024 (delivered 2024-01-10).
const projects: Rule = {
  kind: "numeric", indicator: "重大项目", value: 388, min: null, max: null, unit: "个", comparator: "=", deadline: "2024-12-31",
};
const problems = (c: Partial<Pick<TImportCandidate, keyof Rule>>, year = 2024) =>
  candidateProblems({ ...projects, ...c }, year, 3).map((p) => [p.field, p.messageKey]);

describe("a candidate's deadline", () => {
  it("falls from 1 January of the report's year to ten years after it", () => {
    for (const deadline of ["2024-01-01", "2024-06-30", "2025-12-31", "2034-12-31"]) expect(problems({ deadline })).toEqual([]);
  });
  it("is refused before the report's year (2019-01-01, or the day before it begins)", () => {
    for (const deadline of ["2019-01-01", "2023-12-31"]) expect(problems({ deadline })).toEqual([["deadline", "import.error.deadlineBeforeYear"]]);
  });
  it("is refused more than ten years after it (2099-12-31 is a slip, not a goal)", () => {
    for (const deadline of ["2035-01-01", "2099-12-31"]) expect(problems({ deadline })).toEqual([["deadline", "import.error.deadlineTooLate"]]);
  });
  it("is refused for a milestone too, which has no figure or unit to check", () => {
    expect(problems({ kind: "milestone", value: null, unit: null, comparator: null, deadline: "2019-01-01" })).toEqual([["deadline", "import.error.deadlineBeforeYear"]]);
    expect(problems({ kind: "milestone", value: null, unit: null, comparator: null })).toEqual([]);
  });
  it("is left to the schema while it is no date (the field cleared)", () => {
    expect(problems({ deadline: "" })).toEqual([]);
  });
});

describe("a candidate's figure below zero", () => {
  it("is refused for a count, an area or an amount (重大项目 −5 个 等于)", () => {
    expect(problems({ value: -5 })).toEqual([["value", "import.error.negativeTarget"]]);
    expect(problems({ value: -11, unit: "万亩", comparator: ">=" })).toEqual([["value", "import.error.negativeTarget"]]);
    expect(problems({ value: -600, unit: "亿元", comparator: "approx" })).toEqual([["value", "import.error.negativeTarget"]]);
  });
  it("is refused at each figure of a range of counts below zero (新增上市企业 −1—4 家)", () => {
    expect(problems({ comparator: "range", value: null, min: -1, max: 4, unit: "家" })).toEqual([["min", "import.error.negativeTarget"]]);
    expect(problems({ comparator: "range", value: null, min: -4, max: -1, unit: "家" })).toEqual([
      ["min", "import.error.negativeTarget"],
      ["max", "import.error.negativeTarget"],
    ]);
  });
  it("is a range whose top is below its bottom (上市企业 4—3 家 typed for 3—4), named at its top", () => {
    expect(problems({ comparator: "range", value: null, min: 4, max: 3, unit: "家" })).toEqual([["max", "import.error.rangeOrder"]]);
    expect(problems({ comparator: "range", value: null, min: 3, max: 4, unit: "家" })).toEqual([]);
  });
  it("is a planned fall for a growth rate or a rate (单位生产总值能耗降低2.5%, 下降0.5个百分点, 下降2%—3%)", () => {
    expect(problems({ comparator: "growth", value: -2.5, unit: "%" })).toEqual([]);
    expect(problems({ comparator: "<=", value: -0.5, unit: "个百分点" })).toEqual([]);
    expect(problems({ comparator: "range", value: null, min: -3, max: -2, unit: "%" })).toEqual([]);
    expect(problems({ comparator: "=", value: -1, unit: "％" })).toEqual([]);
  });
  it("may be zero, and a figure the target does not have is not checked (a range's leftover value)", () => {
    expect(problems({ value: 0 })).toEqual([]);
    expect(problems({ comparator: "range", value: -5, min: 3, max: 4, unit: "家" })).toEqual([]);
  });
});

describe("a candidate's unit", () => {
  it("is required of a numeric target, an empty or blank one too", () => {
    expect(problems({ unit: null })).toEqual([["unit", "import.error.unitMissing"]]);
    expect(problems({ unit: "  " })).toEqual([["unit", "import.error.unitMissing"]]);
  });
  it("is never missing on what the extractor finds, nor does any real report's candidate break a rule", () => {
    for (const name of ["luoyang-2023", "cn-state-council-2023", "beijing-2025"] satisfies ReportName[]) {
      const { report, commitments } = extractReport(loadReport(name));
      expect(commitments.flatMap((c, i) => candidateProblems(c, report.year, i + 1))).toEqual([]);
    }
  });
});

describe("what is said", () => {
  it("names the candidate as the accept's other row messages do, in both languages", () => {
    const [deadline] = candidateProblems({ ...projects, deadline: "2019-01-01" }, 2024, 3);
    expect(translator("zh")(deadline.messageKey, deadline.params)).toBe("第 3 项“重大项目”：完成时限 2019-01-01 早于报告年度 2024 年的 1 月 1 日，请改正。");
    const [late] = candidateProblems({ ...projects, deadline: "2099-12-31" }, 2024, 3);
    expect(translator("zh")(late.messageKey, late.params)).toBe("第 3 项“重大项目”：完成时限 2099-12-31 距报告年度 2024 年超过 10 年（最晚 2034-12-31），应是输入有误，请改正。");
    const [negative] = candidateProblems({ ...projects, value: -5 }, 2024, 3);
    expect(translator("zh")(negative.messageKey, negative.params)).toMatch(/^第 3 项“重大项目”：目标值 -5 不能为负数/);
    expect(translator("en")(negative.messageKey, negative.params)).toMatch(/^Item 3 "重大项目": the target -5 cannot be negative/);
  });
});
