import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import type { ProgressReport, ProgressReportItem } from "./build-progress-report";
import { reportHeading, updateLine } from "./progress-report-text";

const item = { kind: "NUMERIC", unit: "万亩" } as ProgressReportItem;
const update = { asOf: "2023-06-30", percent: 50, actual: "5.5", done: null, narrative: "已完成一半。" };

describe("an update's line in the progress report", () => {
  it("is punctuated in the reader's language", () => {
    expect(updateLine(update, item, translator("zh"), "zh")).toBe("2023-06-30：5.5万亩（50%）。已完成一半。");
    expect(updateLine(update, item, translator("en"), "en")).toBe("2023-06-30: 55,000 mu (50%). 已完成一半。");
  });

  it("says only the narrative when there is no figure", () => {
    expect(updateLine({ ...update, actual: null, percent: null }, item, translator("en"), "en")).toBe("2023-06-30: 已完成一半。");
  });
});

describe("the progress report's heading", () => {
  const of = (title: string, year: number, issuer: string) => ({ report: { year, title, issuer }, period: { kind: "month", year, index: 11 } }) as unknown as ProgressReport;

  it("names the report with its place and year once, whether or not its title says them", () => {
    expect(reportHeading(of("政府工作报告", 2023, "洛阳市人民政府"), translator("zh"))).toBe("洛阳市2023年政府工作报告目标任务2023年11月进展报告");
    // Beijing 2025, imported from its file: 2025年2025年北京市… before.
    expect(reportHeading(of("2025年北京市政府工作报告", 2025, "北京市人民政府"), translator("zh"))).toBe("2025年北京市政府工作报告目标任务2025年11月进展报告");
    expect(reportHeading(of("2025年北京市政府工作报告", 2025, "北京市人民政府"), translator("en"))).toMatch(/^2025年北京市政府工作报告: progress in /);
  });

  it("names the month in English rather than writing 11/2023", () => {
    expect(reportHeading(of("政府工作报告", 2023, "洛阳市人民政府"), translator("en"))).toBe("洛阳市 2023 政府工作报告: progress in November 2023");
  });
});
