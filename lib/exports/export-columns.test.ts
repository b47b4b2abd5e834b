import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
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
  reviewState: null,
  updatedAt: "2023-07-01T00:00:00",
});

const targetOf = (r: ExportRow) => exportCells(r, 1, translator("zh"))[EXPORT_COLUMNS.findIndex((c) => c.header === "export.col.target")];

describe("the ledger's target cell", () => {
  it("writes a planned fall as the list page does, and keeps the cell a number", () => {
    expect(targetOf(row("GROWTH", "-3.0000"))).toEqual({ value: -3, numFmt: '"增长 "General;"下降 "General', text: "下降 3" });
    expect(targetOf(row("GROWTH", "7.5000"))).toMatchObject({ value: 7.5, text: "增长 7.5" });
    expect(targetOf(row("AT_LEAST", "2500.0000"))).toEqual({ value: 2500, numFmt: '"≥ "General', text: "≥ 2500" });
  });
  it("says a growth the report called approximate is one, as the list page does", () => {
    const about = { ...row("GROWTH", "5.0000"), indicator: "国内生产总值", quote: "国内生产总值增长5%左右" };
    expect(targetOf(about)).toEqual({ value: 5, numFmt: '"增长约 "General;"下降约 "General', text: "增长约 5" });
    expect(targetOf({ ...row("GROWTH", "-3.0000"), quote: "单位生产总值能耗下降3%左右" })).toMatchObject({ value: -3, text: "下降约 3" });
  });
  it("writes an English reader's ledger in English: comparators, the light", () => {
    const en = (r: ExportRow) => exportCells(r, 1, translator("en"), "en");
    const at = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header);
    expect(en(row("GROWTH", "-3.0000"))[at("export.col.target")]).toEqual({ value: -3, numFmt: '"up "General;"down "General', text: "down 3" });
    expect(en(row("APPROX", "3.0000"))[at("export.col.target")]).toMatchObject({ numFmt: '"≈ "General' });
    expect(en(row("GROWTH", "7.5000"))[at("export.col.light")]).toEqual({ value: translator("en")("light.NOT_STARTED") });
    expect(translator("en")("light.NOT_STARTED")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("writes a range as text, a range of fall as the report does", () => {
    const range = (targetMin: string, targetMax: string) => ({ ...row("RANGE", ""), targetValue: null, targetMin, targetMax });
    expect(targetOf(range("5.0000", "8.0000"))).toEqual({ value: "5–8" });
    expect(targetOf(range("-3.0000", "-2.0000"))).toEqual({ value: "下降 2–3" });
  });
});
