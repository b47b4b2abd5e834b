// A report the extractor was not tuned on, in another layout: PDF lines wrapped at a
// fixed width with single line breaks, page numbers and a running header on every page,
// a province's wording ("2 至 3 个", "两个", "年内", "3 月底前", "PM2.5 … 微克/立方米").

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractReport } from "./index";

const raw = readFileSync(path.join(__dirname, "__fixtures__", "synthetic-province-2024.txt"), "utf8");
const result = extractReport(raw);
const find = (q: string) => result.commitments.find((c) => c.quote.includes(q));

describe("generalisation: a wrapped provincial report", () => {
  it("reads year, date and structure", () => {
    expect(result.report).toMatchObject({ year: 2024, deliveredOn: "2024-01-22" });
    expect(result.sections.map((s) => s.code)).toEqual(["二", "三(一)", "三(二)", "三(三)"]);
  });

  it("removes page numbers and running headers and rejoins wrapped lines", () => {
    expect(result.text).not.toContain("某省人民政府公报");
    expect(result.text).not.toMatch(/- \d+ -/);
    expect(result.text).toContain("粮食产量稳定在 700亿斤以上");
  });

  it("keeps the review out and finds every target of the year", () => {
    expect(result.commitments.some((c) => c.quote.includes("6.1%"))).toBe(false);
    expect(result.commitments.filter((c) => c.kind === "numeric")).toHaveLength(23);
    expect(result.commitments.filter((c) => c.kind === "milestone")).toHaveLength(3);
  });

  it("reads the province's wording", () => {
    expect(find("PM2.5")).toMatchObject({ value: 32, unit: "微克/立方米", comparator: "<=" });
    expect(find("千亿级产业集群")).toMatchObject({ min: 2, max: 3, unit: "个", comparator: "range" });
    expect(find("两个国家级创新平台")).toMatchObject({ value: 2, unit: "个" });
    expect(find("婴幼儿托位数")).toMatchObject({ value: 4.5, unit: "个" });
    expect(find("免费体检")).toMatchObject({ value: 300, unit: "万人次" });
    expect(find("首批项目集中开工")).toMatchObject({ kind: "milestone", deadline: "2024-03-31" });
    expect(find("省儿童医院")).toMatchObject({ kind: "milestone", deadline: "2024-12-31", deadlineStated: true });
    expect(find("5G 基站 2 万个")).toMatchObject({ value: 2, unit: "万个" });
    expect(find("能耗降低")).toMatchObject({ value: -2.5, comparator: "growth", indicator: "单位生产总值能耗" });
  });
});
