// Recall, precision and field accuracy against the hand-checked goldens. The thresholds
// are the product's quality targets (issue: ≥98% found, ≥97% real, fields ≥97%,
// milestones ≥90%); the same code must reach them on all three reports.

import { describe, expect, it } from "vitest";
import { BEIJING_2025_EXPECTED } from "./__fixtures__/beijing-2025.expected";
import { STATE_COUNCIL_2023_EXPECTED } from "./__fixtures__/cn-state-council-2023.expected";
import { score, type Expected } from "./__fixtures__/golden";
import { loadReport, type ReportName } from "./__fixtures__/load";
import { LUOYANG_2023_EXPECTED } from "./__fixtures__/luoyang-2023.expected";
import { extractReport } from "./index";

const cases: { name: ReportName; year: number; expected: Expected[] }[] = [
  { name: "luoyang-2023", year: 2023, expected: LUOYANG_2023_EXPECTED },
  { name: "cn-state-council-2023", year: 2023, expected: STATE_COUNCIL_2023_EXPECTED },
  { name: "beijing-2025", year: 2025, expected: BEIJING_2025_EXPECTED },
];

describe.each(cases)("golden: $name", ({ name, year, expected }) => {
  const result = extractReport(loadReport(name));
  const s = score(expected, result.commitments, year);
  const numeric = expected.filter((e) => e.kind === "numeric");
  const numericFound = numeric.length - s.missed.filter((e) => e.kind === "numeric").length;

  it("detects the report year", () => {
    expect(result.report.year).toBe(year);
  });

  it("finds at least 98% of the numeric targets", () => {
    expect(s.missed.map((e) => `${e.section} ${e.quote}`)).toEqual([]);
    expect(numericFound / numeric.length).toBeGreaterThanOrEqual(0.98);
  });

  it("emits at least 97% real commitments", () => {
    expect(s.unexpected.map((c) => `${c.section} ${c.quote}`)).toEqual([]);
    expect(s.precision).toBeGreaterThanOrEqual(0.97);
  });

  it("gets unit, comparator and deadline right on at least 97%", () => {
    expect(s.unitAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.comparatorAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.deadlineAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(
      s.wrongFields.map((w) => `${w.expected.quote}: ${w.got.unit} ${w.got.comparator} ${w.got.deadline}`),
    ).toEqual([]);
  });

  it("finds at least 90% of the dated milestones", () => {
    expect(s.milestoneRecall).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes the normalised text exactly", () => {
    for (const c of result.commitments) {
      expect(result.text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote.length).toBeLessThanOrEqual(80);
    }
  });
});

describe("golden scoring can fail", () => {
  it("reports a missed target and an unexpected one", () => {
    const result = extractReport(loadReport("luoyang-2023"));
    const withExtra = [...LUOYANG_2023_EXPECTED, { ...LUOYANG_2023_EXPECTED[0], quote: "不存在的目标" }];
    const s = score(withExtra, result.commitments.slice(1), 2023);
    expect(s.missed.length).toBe(2);
    expect(s.recall).toBeLessThan(1);
  });
});
