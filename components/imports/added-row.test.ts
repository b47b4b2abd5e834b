import { describe, expect, it } from "vitest";
import { DEFAULT_DEPARTMENT_KEYWORDS } from "@/lib/extract";
import { addedRow, insertInTextOrder, selectedSpan, type LeadKeywords, type ReviewSection } from "./added-row";
import { acceptedRows } from "./review-rows";
import type { ReviewRow } from "./review-types";

// As an extracted draft holds it: the part's own text (二), then its numbered section (二(一)).
const text = [
  "各位代表：",
  "二、2023年主要目标任务",
  "城镇新增就业1200万人左右，城镇调查失业率5.5%左右。",
  "（一）着力扩大国内需求",
  "完成城镇老旧小区改造。单位国内生产总值能耗降低2%—3%。",
].join("\n");
const at = (s: string) => text.indexOf(s);
const sections: ReviewSection[] = [
  { code: "二", title: "2023年主要目标任务", start: at("二、"), end: at("（一）") - 1 },
  { code: "二(一)", title: "着力扩大国内需求", start: at("（一）"), end: text.length },
];
const span = (s: string, extra = 0) => selectedSpan(text, sections, at(s) - extra, at(s) + s.length + extra);
// The seeded keyword table, and some of the departments it names as the review offers them.
const leads: LeadKeywords = {
  keywords: DEFAULT_DEPARTMENT_KEYWORDS,
  departments: [
    { id: 3, name: "市人力资源社会保障局" },
    { id: 7, name: "市发展改革委" },
    { id: 12, name: "市住房城乡建设局" },
    { id: 25, name: "市乡村振兴局" },
  ],
};
const added = (s: string, withLeads = leads) => {
  const found = span(s);
  if ("problem" in found) throw new Error(found.problem);
  return addedRow(text, found, "n1", 2023, withLeads);
};

describe("a selection as a commitment's quote", () => {
  it("is the text selected without the blank around it, in the section that holds it", () => {
    // A paragraph selected by a triple click brings its line break.
    const found = selectedSpan(text, sections, at("城镇新增") - 1, at("（一）"));
    expect(found).toMatchObject({ start: at("城镇新增"), end: at("（一）") - 1, section: { code: "二" } });
  });
  it("refuses nothing selected, or only blank", () => {
    expect(selectedSpan(text, sections, 10, 10)).toEqual({ problem: "empty" });
    expect(selectedSpan(text, sections, at("（一）") - 1, at("（一）"))).toEqual({ problem: "empty" });
  });
  it("refuses a selection across a section heading, naming the heading", () => {
    const across = selectedSpan(text, sections, at("城镇调查"), at("完成城镇") + 4);
    expect(across).toEqual({ problem: "crossesHeading", heading: "着力扩大国内需求" });
  });
  it("refuses text in no section (the salutation)", () => {
    expect(span("各位代表")).toEqual({ problem: "noSection" });
  });
});

describe("the row added from a selection", () => {
  it("without a figure, is a milestone due at the report year's end, named by its text", () => {
    expect(added("完成城镇老旧小区改造")).toMatchObject({
      key: "n1", kind: "milestone", section: "二(一)", indicator: "完成城镇老旧小区改造", comparator: null, value: "", unit: null,
      deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false, supportingDepartmentIds: [], responsibleUserId: null, rejected: false,
      reportDeadline: null,
    });
  });
  it("with a figure, suggests its target as the extractor reads it: 1200万人左右 is about 1200 万人", () => {
    expect(added("城镇新增就业1200万人左右")).toMatchObject({ kind: "numeric", comparator: "approx", value: "1200", unit: "万人", section: "二" });
  });
  it("reads a fall of 2%—3% as the range −3…−2", () => {
    expect(added("单位国内生产总值能耗降低2%—3%")).toMatchObject({ kind: "numeric", comparator: "range", min: "-3", max: "-2", unit: "%" });
  });
  it("keeps the quote's offsets, and an indicator of at most 100 characters the accept takes", () => {
    const long = "完".repeat(150);
    const longText = `二、2023年主要目标任务\n${long}`;
    const row = addedRow(longText, { start: 15, end: 165, section: { code: "二", title: "", start: 0, end: longText.length } }, "n2", 2023, leads);
    expect([row.start, row.end, row.indicator.length]).toEqual([15, 165, 100]);
    expect(acceptedRows([row]).candidates[0]).toMatchObject({ start: 15, end: 165, kind: "milestone", row: 1 });
  });
  it("is suggested the lead the import suggests for its words, as an extracted row is", () => {
    // 老旧小区 is 市住房城乡建设局's; 就业 市人力资源社会保障局's; 生产总值 and 能耗 市发展改革委's.
    expect(added("完成城镇老旧小区改造").leadDepartmentId).toBe(12);
    expect(added("城镇新增就业1200万人左右").leadDepartmentId).toBe(3);
    expect(added("单位国内生产总值能耗降低2%—3%").leadDepartmentId).toBe(7);
  });
  // A section of its own: a heading, then one sentence selected whole.
  const inSection = (heading: string, sentence: string, withLeads = leads) => {
    const own = `三、2023年重点工作安排\n（二）${heading}\n${sentence}`;
    const section = { code: "三(二)", title: heading, start: own.indexOf("（二）"), end: own.length };
    return addedRow(own, { start: own.indexOf(sentence), end: own.length, section }, "n1", 2023, withLeads);
  };
  it("is suggested a lead by its section's title when its own words name none", () => {
    expect(inSection("全面推进乡村振兴", "建设宜居宜业和美乡村。").leadDepartmentId).toBe(25);
  });
  it("has no lead when neither its words nor its section's title name a department, or when the one named is not offered (deactivated)", () => {
    expect(inSection("坚持稳字当头", "抓好各项工作落实。").leadDepartmentId).toBeNull();
    const withoutHousing = { ...leads, departments: leads.departments.filter((d) => d.name !== "市住房城乡建设局") };
    expect(added("完成城镇老旧小区改造", withoutHousing).leadDepartmentId).toBeNull();
  });
  it("goes into the list where its quote is in the text", () => {
    const row = (key: string, start: number) => ({ key, start }) as ReviewRow;
    expect(insertInTextOrder([row("c1", 10), row("c2", 50)], row("n1", 30)).map((r) => r.key)).toEqual(["c1", "n1", "c2"]);
    expect(insertInTextOrder([row("c1", 10)], row("n1", 30)).map((r) => r.key)).toEqual(["c1", "n1"]);
  });
});
