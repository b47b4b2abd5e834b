import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionError, extractReport } from "@/lib/extract";

// Hostile and damaged input: the extractor either extracts (and every offset points at its
// quote) or refuses with an ExtractionError. It never throws anything else and never hangs.

const reports = ["luoyang-2023.txt", "cn-state-council-2023.txt", "beijing-2025.txt"].map((f) =>
  fs.readFileSync(path.resolve(import.meta.dirname, "../../data/reports", f), "utf8"),
);

function checkOrRefuse(text: string) {
  let result;
  try {
    result = extractReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    return;
  }
  for (const c of result.commitments) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(result.text.length);
    expect(result.text.slice(c.start, c.end)).toBe(c.quote);
    expect(c.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (c.kind === "numeric" && c.comparator !== "range") expect(Number.isFinite(c.value)).toBe(true);
  }
}

const CHUNKS = ["二、2023年主要目标任务\n", "（一）", "新增", "高标准农田", "11万亩", "增长7%", "5 - 8 个", "以上", "左右", "6月底前", "完成", "。", "\n\n", "——", "“136”", "第40届", "PM2.5", "\u0000", "\ufffd", "各位代表：", "政府工作报告"];

describe("the extractor under hostile input", () => {
  it("never throws anything but ExtractionError on random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkOrRefuse(s)), { numRuns: 300 });
  });

  it("never throws on report-like fragments in random order", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...CHUNKS), { maxLength: 80 }), (parts) => checkOrRefuse(parts.join(""))), { numRuns: 300 });
  });

  it("keeps every offset on its quote when a real report is mutated (cuts, line breaks, inserted text)", () => {
    const mutation = fc.record({
      report: fc.integer({ min: 0, max: reports.length - 1 }),
      cuts: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 400 }), insert: fc.constantFrom("", "\n", "\n\n", " ", "。", "10个", "\r\n") }), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(mutation, ({ report, cuts }) => {
        let text = reports[report];
        for (const cut of cuts) {
          const at = Math.floor(cut.at * text.length);
          text = text.slice(0, at) + cut.insert + text.slice(at + cut.length);
        }
        checkOrRefuse(text);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
