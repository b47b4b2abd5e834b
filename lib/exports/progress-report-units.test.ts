import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import type { ProgressReport, ProgressReportItem } from "./build-progress-report";
import { progressLines, targetLines, updateLine } from "./progress-report-text";
import { progressReportViewModel } from "./progress-report-view-model";
import { renderProgressReportDocx } from "./render-progress-report-docx";

// 洛阳 2023: 常住人口城镇化率提高0.7个百分点; 一般公共预算收入386亿元 (adjusted to 380); 新增高标准农田11万亩.
const item = (over: Partial<ProgressReportItem>): ProgressReportItem => ({
  id: 1,
  sectionCode: "一",
  indicator: "常住人口城镇化率",
  kind: "NUMERIC",
  comparator: "GROWTH",
  targetValue: "0.7000",
  targetMin: null,
  targetMax: null,
  unit: "个百分点",
  quote: "常住人口城镇化率提高0.7个百分点",
  deadline: "2023-12-31",
  lightBefore: "ON_TRACK",
  lightNow: "ON_TRACK",
  percentBefore: null,
  percentNow: 50,
  updates: [{ asOf: "2023-06-30", percent: 50, actual: "0.35", done: null, narrative: "上半年提高0.35个百分点。" }],
  changes: [],
  decision: null,
  ...over,
});
const urbanisation = item({});
const revenue = item({
  indicator: "一般公共预算收入",
  comparator: "AT_LEAST",
  targetValue: "380.0000",
  unit: "亿元",
  changes: [{ kind: "ADJUST_TARGET", day: "2023-07-10", fromDeadline: null, toDeadline: null, fromValue: "386.0000", fromMin: null, fromMax: null, toValue: "380.0000", toMin: null, toMax: null, applied: true, afterPeriod: false }],
  updates: [],
});
const [zh, en] = [translator("zh"), translator("en")];
const wordReport = {
  report: { id: 1, year: 2023, title: "政府工作报告", issuer: "洛阳市人民政府" },
  period: { key: "2023-07", kind: "month", year: 2023, index: 7, start: "2023-07-01", end: "2023-07-31", previousEnd: "2023-06-30" },
  end: "2023-07-31",
  totals: { total: 2, updates: 1, changed: 1, overdue: 0, unmet: 0, atRisk: 0, completed: 0 },
  meanPercent: 50,
  departments: [{ name: "市发展改革委", total: 2, overdue: 0, unmet: 0, atRisk: 0, items: [urbanisation, revenue] }],
  scope: { department: null, filtered: false },
} as unknown as ProgressReport;

describe("the English progress report's units", () => {
  it("are English words, where the Chinese report keeps the report's own", () => {
    expect(targetLines(urbanisation, en, "en")).toEqual(["up 0.7 percentage points"]);
    expect(targetLines(urbanisation, zh, "zh")).toEqual(["增长 0.7个百分点"]);
    expect(targetLines(revenue, en, "en")).toEqual(["≥ 38 billion yuan", "In the period: 2023-07-10 target adjusted: ≥ 38.6 billion yuan → ≥ 38 billion yuan"]);
    expect(progressLines(urbanisation, en, "en")).toEqual(["2023-06-30: 0.35 percentage points (50%). 上半年提高0.35个百分点。"]);
    const farmland = item({ comparator: "AT_LEAST", targetValue: "11.0000", unit: "万亩" });
    expect(updateLine({ asOf: "2023-06-30", percent: 50, actual: "5.5", done: null, narrative: "已完成一半。" }, farmland, zh, "zh")).toBe("2023-06-30：5.5万亩（50%）。已完成一半。");
    expect(updateLine({ asOf: "2023-06-30", percent: 50, actual: "5.5", done: null, narrative: "已完成一半。" }, farmland, en, "en")).toBe("2023-06-30: 55,000 mu (50%). 已完成一半。");
  });

  it("leave a unit they do not know as the report wrote it", () => {
    expect(targetLines(item({ comparator: "AT_LEAST", targetValue: "3.0000", unit: "万册次" }), en, "en")).toEqual(["≥ 3万册次"]);
    // 北京 2025's 建设筹集保障性住房5万套: a measure word English drops, after 万 is written out.
    expect(targetLines(item({ comparator: "AT_LEAST", targetValue: "5.0000", unit: "万套" }), en, "en")).toEqual(["≥ 50,000"]);
    expect(targetLines(item({ comparator: "EQUAL", targetValue: "1200.0000", unit: "吨/日" }), en, "en")).toEqual(["1,200 tonnes/day"]);
  });

  it("are not marked Chinese on the printable page once they are English", () => {
    const housing = item({ id: 3, comparator: "AT_LEAST", targetValue: "3.0000", unit: "万册次" });
    const report = { ...wordReport, departments: [{ ...wordReport.departments[0], items: [urbanisation, housing] }] };
    const lang = (locale: "zh" | "en") => progressReportViewModel(report, translator(locale), "2023-08-01", locale).departments[0].items.map((i) => i.targetLang);
    expect(lang("en")).toEqual([undefined, "zh-CN"]);
    expect(lang("zh")).toEqual(["zh-CN", "zh-CN"]);
  });

  it("are English in the Word file", async () => {
    const docx = await renderProgressReportDocx(wordReport, en, "2023-08-01", "en");
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain("up 0.7 percentage points");
    expect(xml).toContain("0.35 percentage points (50%)");
    expect(xml).toContain("≥ 38.6 billion yuan → ≥ 38 billion yuan");
    // Only the official's own narrative is Chinese.
    expect(xml).not.toMatch(/(up|≥|: ) ?[\d.]+(个百分点|亿元)/);
  });
});
