// Duban extractor: government work report text in, typed commitments out.
// Pure TypeScript: no database, no framework, no Node APIs.

import { closeCjkSpacing } from "./text-utils";
import { mergeRestatedTargets } from "./restated-targets";
import { extractCommitments, type RawCommitment } from "./commitments";
import { DEFAULT_DEPARTMENT_KEYWORDS, suggestDepartment } from "./departments";
import { assertUsableText, ExtractionError } from "./errors";
import { normaliseReportText } from "./normalise";
import { isPartInScope, readMeta } from "./report-meta";
import { findParts, findSections, findThemes, type Part, type Theme } from "./structure";
import type { ExtractedCommitment, ExtractedSection, ExtractionResult, ExtractOptions, Span } from "./types";

export type {
  Comparator,
  CommitmentKind,
  DepartmentKeywordRule,
  DepartmentKeywords,
  ExtractedCommitment,
  ExtractedSection,
  ExtractionResult,
  ExtractOptions,
} from "./types";
export { ExtractionError } from "./errors";
export type { ExtractionErrorCode } from "./errors";
export { DEFAULT_DEPARTMENT_KEYWORDS } from "./departments";
export { detectIssuer } from "./issuer";

/** Part headings only a work report has ("2023年主要目标任务", "过去五年政府工作回顾"). */
const REPORT_PART_TITLE = /目标任务|预期目标|主要目标|重点工作|工作安排|工作回顾|政府工作|总体要求|重点任务/;

interface ScopedSection extends ExtractedSection {
  themes: Theme[];
}

function buildSections(text: string, paragraphs: Span[], parts: Part[]) {
  const scoped: ScopedSection[] = [];
  for (const part of parts) {
    const sections = findSections(text, paragraphs, part);
    const preambleEnd = sections.length > 0 ? sections[0].start - 1 : part.end;
    scoped.push({ code: part.numeral, part: part.numeral, title: part.title, order: 0, start: part.start, end: preambleEnd, themes: [] });
    for (const s of sections) {
      scoped.push({
        code: `${part.numeral}(${s.numeral})`,
        part: part.numeral,
        title: s.title,
        order: 0,
        start: s.start,
        end: s.end,
        themes: findThemes(text, paragraphs, s),
      });
    }
  }
  return scoped;
}

export function extractReport(raw: string, options: ExtractOptions = {}): ExtractionResult {
  assertUsableText(raw);
  const { text, paragraphs, salutationIndex } = normaliseReportText(raw);
  // An excerpt may start at any part ("二、…", "三、…"); the parts must still be numbered
  // in order, and the text must read like a work report: its title or salutation, or a
  // part heading such as "2023年主要目标任务".
  const parts = findParts(text, paragraphs);
  const looksLikeReport = /政府工作报告|各位代表/.test(text) || parts.some((p) => REPORT_PART_TITLE.test(p.title));
  if (parts.length === 0 || !looksLikeReport) {
    throw new ExtractionError(
      "NOT_A_REPORT",
      parts.length === 0 ? "no parts 一、二、… / 第一部分…" : "no 政府工作报告 / 各位代表 / 目标任务",
    );
  }
  const meta = readMeta(text, paragraphs, salutationIndex, parts);
  const year = options.year ?? meta.year;
  if (year === null || year === undefined) throw new ExtractionError("NOT_A_REPORT", "no year / 未找到年份");

  // An overriding year changes the deadlines; the parts that plan ahead are still found
  // with the year the text itself names.
  const textYears = meta.year !== null && meta.year !== year ? [year, meta.year] : [year];
  const inScope = parts.filter((p) => textYears.some((y) => isPartInScope(p, y)));
  if (inScope.length === 0) throw new ExtractionError("NOT_A_REPORT", "no part for the year / 没有年度目标任务部分");

  const ranges = inScope.map((p) => ({ start: p.headingEnd, end: p.end }));
  const raws = extractCommitments(text, paragraphs, ranges, year, textYears);
  const allSections = buildSections(text, paragraphs, inScope);

  const sectionOf = (offset: number) =>
    [...allSections].reverse().find((s) => s.start <= offset && offset <= s.end) ?? allSections[0];
  const table = options.departmentKeywords ?? DEFAULT_DEPARTMENT_KEYWORDS;
  const partOf = new Map(allSections.map((s) => [s.code, s.part]));
  const commitments = mergeRestatedTargets(raws.map((c: RawCommitment): ExtractedCommitment => {
    const section = sectionOf(c.start);
    const theme = [...section.themes].reverse().find((t) => t.start <= c.start)?.text ?? null;
    const quote = text.slice(c.start, c.end);
    return {
      section: section.code,
      theme,
      kind: c.kind,
      quote,
      start: c.start,
      end: c.end,
      // The quote keeps the text as it is; the name is written as Chinese is.
      indicator: closeCjkSpacing(c.indicator),
      value: c.value,
      min: c.min,
      max: c.max,
      unit: c.unit,
      comparator: c.comparator,
      deadline: c.deadline,
      deadlineStated: c.deadlineStated,
      deadlineOccasion: c.deadlineOccasion,
      leadDepartment: suggestDepartment({ quote, indicator: c.indicator, theme, sectionTitle: section.title }, table),
    };
  }), (code) => partOf.get(code) ?? code);
  const used = new Set(commitments.map((c) => c.section));

  // A part's own text is a section only when it holds commitments or has no sections.
  const sections: ExtractedSection[] = allSections
    .filter((s, i) => s.code !== s.part || used.has(s.code) || allSections[i + 1]?.part !== s.part)
    .map(({ code, part, title, start, end }, i) => ({ code, part, title, order: i + 1, start, end }));

  return {
    report: { title: meta.title, year, textYear: meta.year ?? null, issuer: meta.issuer, deliveredOn: meta.deliveredOn },
    text,
    sections,
    commitments,
  };
}
