import { describe, expect, it } from "vitest";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { translator } from "@/lib/i18n/translate";
import { filterParts, meanPercentCell, summaryHeader } from "./ledger-summary-text";

const zh = translator("zh");
const en = translator("en");
const none = { section: null, department: null, responsible: null, official: null };
const luoyang = { year: 2023, title: "政府工作报告", issuer: "洛阳市人民政府" };

describe("the words above the ledger's summary sheet (汇总)", () => {
  it("names the report, says no filter narrowed it, and the Beijing day it was exported", () => {
    expect(summaryHeader({ report: luoyang, filters: parseCommitmentFilters({ report: "7" }), names: none, today: "2023-07-15" }, zh)).toEqual({
      heading: "洛阳市2023年政府工作报告督办台账汇总",
      filters: "筛选条件：无（全部目标任务）",
      scope: null,
      exportedOn: "导出日期：2023-07-15",
    });
    expect(summaryHeader({ report: null, filters: parseCommitmentFilters({}), names: none, today: "2023-07-15" }, zh).heading).toBe("全部工作报告督办台账汇总");
  });

  it("states every filter that chose the rows, labelled as the list's filter form labels it, in its order", () => {
    const filters = parseCommitmentFilters({
      report: "7", section: "3", department: "5", responsible: "12", status: "BEHIND", open: "1", kind: "NUMERIC", reminder: "waiting", dueFrom: "2023-01-01", dueTo: "2023-06-30", q: "农田", sort: "deadline", page: "2", size: "20",
    });
    const names = { section: "三(一) 稳定经济增长", department: "市发展改革委", responsible: { name: "张伟", disabled: true }, official: null };
    expect(filterParts(filters, names, zh)).toEqual([
      "部分：三(一) 稳定经济增长",
      "责任单位：市发展改革委",
      "责任人：张伟（已停用）",
      "状态：进度滞后",
      "办结情况：未办结",
      "类型：数量指标",
      "催办：有未回复的催办",
      "完成时限：2023-01-01 至 2023-06-30",
      "关键词：“农田”",
    ]);
    expect(summaryHeader({ report: luoyang, filters: parseCommitmentFilters({ status: "OVERDUE", kind: "MILESTONE" }), names, today: "2023-07-15" }, zh).filters).toBe("筛选条件：状态：已逾期；类型：节点任务");
  });

  it("says one end of a deadline range alone, and an id that names nothing as such", () => {
    expect(filterParts(parseCommitmentFilters({ dueFrom: "2023-07-01" }), none, zh)).toEqual(["完成时限：2023-07-01 及以后"]);
    expect(filterParts(parseCommitmentFilters({ dueTo: "2023-06-30" }), none, zh)).toEqual(["完成时限：2023-06-30 及以前"]);
    expect(filterParts(parseCommitmentFilters({ department: "99999" }), none, zh)).toEqual(["责任单位：编号 99999（未找到）"]);
  });

  it("names the responsible official filtered by, marked once disabled, in either language; an id that names nobody as such", () => {
    const filters = parseCommitmentFilters({ responsible: "12", open: "1" });
    expect(filterParts(filters, { ...none, responsible: { name: "张伟", disabled: false } }, zh)).toEqual(["责任人：张伟", "办结情况：未办结"]);
    expect(filterParts(filters, { ...none, responsible: { name: "张伟", disabled: true } }, en)).toEqual(["Responsible official: 张伟 (disabled)", "Open / closed: Open only"]);
    expect(filterParts(filters, none, zh)).toEqual(["责任人：编号 12（未找到）", "办结情况：未办结"]);
  });

  it("says an official's ledger holds their department's commitments only", () => {
    const header = summaryHeader({ report: luoyang, filters: parseCommitmentFilters({}), names: { ...none, official: "市农业农村局" }, today: "2023-07-15" }, zh);
    expect(header.scope).toBe("本台账只含市农业农村局牵头或配合的目标任务。");
  });

  it("is written in English for an English reader, the report's and departments' names as they are", () => {
    const header = summaryHeader(
      { report: luoyang, filters: parseCommitmentFilters({ status: "AT_RISK", dueTo: "2023-06-30", department: "5" }), names: { ...none, department: "市发展改革委", official: "市发展改革委" }, today: "2023-07-15" },
      en,
    );
    expect(header).toEqual({
      heading: "Ledger summary: 洛阳市 2023 政府工作报告",
      filters: "Filters: Department: 市发展改革委; Status: At risk; Due: 2023-06-30 or earlier",
      scope: "This ledger covers only the commitments 市发展改革委 leads or supports.",
      exportedOn: "Exported on 2023-07-15",
    });
    expect(summaryHeader({ report: null, filters: parseCommitmentFilters({}), names: none, today: "2023-07-15" }, en).filters).toBe("Filters: none (every commitment)");
  });

  it("writes 平均完成率 as the dashboard shows it: two decimals, never rounded up to 100", () => {
    expect(meanPercentCell(47.5, zh)).toEqual({ value: 0.475, numFmt: "0.00%", text: "47.5%" });
    expect(meanPercentCell(99.996, zh)).toEqual({ value: 0.9999, numFmt: "0.00%", text: "99.99%" });
    expect(meanPercentCell(33.333333, zh).value).toBeCloseTo(0.3333, 10);
    expect(meanPercentCell(null, zh)).toEqual({ value: "—" });
  });
});
