import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { percentComplete } from "@/lib/progress/percent-complete";
import { EXPORT_COLUMNS, exportCells } from "./export-columns";
import type { ExportRow } from "./export-rows";

const row = (comparator: ExportRow["comparator"], targetValue: string): ExportRow => ({
  id: 1,
  reportYear: 2023,
  reportTitle: "政府工作报告",
  reportIssuer: "洛阳市人民政府",
  sectionId: 1,
  sectionLabel: "三(一)",
  indicator: "单位生产总值能耗",
  quote: "单位生产总值能耗下降3%",
  kind: "NUMERIC",
  comparator,
  targetValue,
  targetMin: null,
  targetMax: null,
  unit: "%",
  deadline: new Date("2023-12-31T00:00:00Z"),
  leadDepartmentId: null,
  leadDepartment: null,
  supporting: null,
  narrative: null,
  latestActual: null,
  latestDone: null,
  latestPercent: null,
  latestAsOf: null,
  light: "NOT_STARTED",
  newestState: null,
  newestAsOf: null,
  updatedAt: "2023-07-01T00:00:00",
  changes: null,
  decision: null,
  reminder: null,
});

const TARGET_HEADERS = ["export.col.target", "export.col.comparator", "export.col.targetValue", "export.col.targetMin", "export.col.targetMax", "export.col.unit"];
const at = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header);
/** 目标, 比较方式, 目标值, 下限, 上限, 单位: the values the CSV and the Excel file both write. */
const targetOf = (r: ExportRow, locale: "zh" | "en" = "zh") => {
  const cells = exportCells(r, 1, translator(locale), locale);
  return TARGET_HEADERS.map((h) => cells[at(h)]);
};
const values = (...v: (string | number | null)[]) => v.map((value) => ({ value }));

describe("the ledger's target", () => {
  it("is written whole as the app shows it, its comparison in words, its figure a bare number", () => {
    expect(TARGET_HEADERS.map(at)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(targetOf(row("GROWTH", "7.0000"))).toEqual(values("增长 7%", "增长", 7, null, null, "%"));
    expect(targetOf({ ...row("AT_LEAST", "97.0000"), indicator: "空气质量优良天数比例" })).toEqual(values("≥ 97%", "不低于", 97, null, null, "%"));
    expect(targetOf({ ...row("EQUAL", "97.0000") })).toEqual(values("97%", "达到", 97, null, null, "%"));
    expect(targetOf(row("AT_MOST", "5.5000"))).toEqual(values("≤ 5.5%", "不超过", 5.5, null, null, "%"));
    expect(targetOf(row("APPROX", "3.0000"))).toEqual(values("约 3%", "约", 3, null, null, "%"));
  });
  // Not "equal to" or "exactly" in English: a reading past the level meets it, as the light says.
  it("says 达到 (to reach) for a bare level, as it is scored: 11.3 of 新增高标准农田11万亩 is met, not missed", () => {
    const farmland = { ...row("EQUAL", "11.0000"), indicator: "新增高标准农田", unit: "万亩", quote: "新增高标准农田11万亩" };
    expect(targetOf(farmland)).toEqual(values("11万亩", "达到", 11, null, null, "万亩"));
    expect(targetOf(farmland, "en")[1]).toEqual({ value: "to reach" });
    const target = { kind: "NUMERIC" as const, comparator: "EQUAL" as const, targetValue: 11, targetMin: null, targetMax: null, baseline: null, unit: "万亩" };
    expect(percentComplete(target, { actualValue: 11.3, done: null })).toMatchObject({ percent: 100, met: true });
  });
  it("keeps a planned fall negative, as its actual is reported, and names it a fall", () => {
    expect(targetOf(row("GROWTH", "-3.0000"))).toEqual(values("下降 3%", "下降", -3, null, null, "%"));
  });
  it("says a growth the report called approximate is one, as the list page does", () => {
    const about = { ...row("GROWTH", "5.0000"), indicator: "国内生产总值", quote: "国内生产总值增长5%左右" };
    expect(targetOf(about)).toEqual(values("增长约 5%", "增长约", 5, null, null, "%"));
    expect(targetOf({ ...row("GROWTH", "-3.0000"), quote: "单位生产总值能耗下降3%左右" })).toEqual(values("下降约 3%", "下降约", -3, null, null, "%"));
  });
  it("writes a range's ends as numbers, the smaller first, and a range without a top as its bottom to reach", () => {
    const range = (targetMin: string, targetMax: string | null) => ({ ...row("RANGE", ""), targetValue: null, targetMin, targetMax });
    expect(targetOf(range("5.0000", "8.0000"))).toEqual(values("5–8%", "区间", null, 5, 8, "%"));
    expect(targetOf(range("-2.0000", "-3.0000"))).toEqual(values("下降 2–3%", "区间", null, -3, -2, "%"));
    expect(targetOf(range("3.0000", null))).toEqual(values("≥ 3%", "不低于", 3, null, null, "%"));
  });
  it("names a milestone in 目标 and leaves the figures empty", () => {
    const milestone = { ...row("AT_LEAST", "1.0000"), kind: "MILESTONE" as const, comparator: null, targetValue: null };
    expect(targetOf(milestone)).toEqual(values("节点任务", null, null, null, null, null));
  });
  it("writes an English reader's ledger in English: the target, its comparison, the light", () => {
    expect(targetOf(row("GROWTH", "-3.0000"), "en")).toEqual(values("down 3%", "fall", -3, null, null, "%"));
    // The target and its unit as the English pages write them: a measure word dropped, 亿 named.
    expect(targetOf({ ...row("AT_LEAST", "2500.0000"), unit: "个" }, "en")).toEqual(values("≥ 2,500", "at least", 2500, null, null, null));
    expect(targetOf({ ...row("AT_LEAST", "2500.0000"), unit: "个" }, "zh")).toEqual(values("≥ 2500个", "不低于", 2500, null, null, "个"));
    expect(targetOf({ ...row("AT_LEAST", "2600.0000"), unit: "亿元" }, "en")).toEqual(values("≥ 260 billion yuan", "at least", 2600, null, null, "100 million yuan"));
    expect(targetOf({ ...row("GROWTH", "5.0000"), quote: "增长5%左右" }, "en").slice(0, 2)).toEqual(values("up about 5%", "growth, about"));
    expect(exportCells(row("GROWTH", "7.5000"), 1, translator("en"), "en")[at("export.col.light")]).toEqual({ value: translator("en")("light.NOT_STARTED") });
    expect(translator("en")("light.NOT_STARTED")).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("the ledger's office columns", () => {
  const cell = (r: ExportRow, header: string, locale: "zh" | "en" = "zh") => exportCells(r, 1, translator(locale), locale)[at(header)].value;
  const change = (kind: "EXTEND_DEADLINE" | "ADJUST_TARGET", day: string, from: string, to: string) =>
    kind === "EXTEND_DEADLINE"
      ? { kind, day, fromDeadline: from, toDeadline: to, fromValue: null, fromMin: null, fromMax: null, toValue: null, toMin: null, toMax: null }
      : { kind, day, fromDeadline: null, toDeadline: null, fromValue: from, fromMin: null, fromMax: null, toValue: to, toMin: null, toMax: null };
  const pigs = { ...row("AT_LEAST", "160.0000"), indicator: "生猪出栏", unit: "万只", quote: "生猪出栏170万只以上" };

  it("lists every approved 调整 and 延期 in order, what stood before and after, as the target is written", () => {
    const changed = { ...pigs, changes: [change("ADJUST_TARGET", "2023-08-01", "170.0000", "160.0000"), change("EXTEND_DEADLINE", "2023-09-01", "2023-12-31", "2027-06-30")] };
    expect(cell(changed, "export.col.changes")).toBe("2023-08-01 调整：≥ 170万只 → ≥ 160万只；2023-09-01 延期：2023-12-31 → 2027-06-30");
    expect(cell(changed, "export.col.changes", "en")).toBe("2023-08-01 target adjusted: ≥ 1.7 million → ≥ 1.6 million; 2023-09-01 deadline extended: 2023-12-31 → 2027-06-30");
    expect(cell(pigs, "export.col.changes")).toBeNull();
  });
  it("writes the office's closing with its kind, day and note, and a reminder still unanswered", () => {
    expect(cell({ ...pigs, decision: { kind: "UNMET", day: "2023-12-31", note: "疫情影响，存栏不足" } }, "export.col.officeNote")).toBe("2023-12-31 未完成办结：疫情影响，存栏不足");
    expect(cell({ ...pigs, decision: { kind: "VERIFIED", day: "2024-01-05", note: null } }, "export.col.officeNote")).toBe("2024-01-05 核验");
    const pressed = { ...pigs, reminder: { day: "2023-11-01", note: "请报送三季度数据" } };
    expect(cell(pressed, "export.col.officeNote")).toBe("2023-11-01 催办待回复：请报送三季度数据");
    expect(cell(pressed, "export.col.officeNote", "en")).toBe("2023-11-01 reminder awaiting an answer: 请报送三季度数据");
    expect(cell(pigs, "export.col.officeNote")).toBeNull();
  });
});
