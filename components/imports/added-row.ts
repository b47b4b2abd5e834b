import { defaultDeadline } from "@/lib/imports/deadline-source";
import { comparatorFor, signFor } from "@/lib/extract/comparators";
import { suggestDepartment } from "@/lib/extract/departments";
import { findQuantities } from "@/lib/extract/quantities";
import type { DepartmentKeywords } from "@/lib/extract/types";
import type { ReviewRow } from "./review-types";

// A commitment the extractor missed, added by the admin from text selected in the report's pane.

/** A section of the draft as the review needs it: where it is, and its heading for messages. */
export interface ReviewSection {
  code: string;
  title: string;
  start: number;
  end: number;
}

/** Why a selection cannot become a commitment: nothing selected, outside the report's text, in no section, or across a heading. */
export type SelectionProblem = { problem: "empty" } | { problem: "outside" } | { problem: "noSection" } | { problem: "crossesHeading"; heading: string };

export type SelectedSpan = { start: number; end: number; section: ReviewSection } | SelectionProblem;

/**
 * What the import suggests a lead department from: its keyword table (the one a draft started now
 * reads), and the departments that may be chosen, which the table names.
 */
export interface LeadKeywords {
  keywords: DepartmentKeywords;
  departments: readonly { id: number; name: string }[];
}

/** The longest indicator the accept takes (ZImportCandidate). */
const MAX_INDICATOR = 100;

/**
 * The selection `start`–`end` of the report's `text`, without the blank around it (a paragraph
 * selected by a triple click ends with its line break), in the one section that holds all of it:
 * the accept refuses a quote past its section's bounds (a merge across two, a heading inside).
 */
export function selectedSpan(text: string, sections: readonly ReviewSection[], start: number, end: number): SelectedSpan {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return { problem: "empty" };
  const section = sections.find((x) => x.start <= s && e <= x.end);
  if (section) return { start: s, end: e, section };
  // The first heading inside the selection is the one it crosses.
  const crossed = sections.filter((x) => x.start > s && x.start < e).sort((a, b) => a.start - b.start)[0];
  return crossed ? { problem: "crossesHeading", heading: crossed.title } : { problem: "noSection" };
}

/**
 * The new row: the selection's quote and section, its text as the indicator to shorten, due at
 * the report year's end unless the admin says otherwise. A figure with a unit in it makes it a
 * numeric target, read by the extractor's own rules (its comparator from the words before it,
 * "下降" a fall) as a suggestion; with none, it is a milestone (a 节点任务). Its lead department is
 * suggested as the extractor suggests one (`suggestDepartment`): by the keywords in its words
 * (the quote, which is also its indicator until the admin shortens it) and in its section's
 * title. Not by a theme sentence: the draft keeps its sections' bounds, not their themes.
 */
export function addedRow(
  text: string,
  span: { start: number; end: number; section: ReviewSection },
  key: string,
  reportYear: number,
  leads: LeadKeywords,
): ReviewRow {
  const quote = text.slice(span.start, span.end);
  const indicator = quote.replace(/\s+/g, " ").trim().slice(0, MAX_INDICATOR).trim();
  const lead = suggestDepartment({ quote, indicator, theme: null, sectionTitle: span.section.title }, leads.keywords);
  const base: ReviewRow = {
    key,
    section: span.section.code,
    theme: null,
    kind: "milestone",
    start: span.start,
    end: span.end,
    indicator,
    value: "",
    min: "",
    max: "",
    unit: null,
    comparator: null,
    deadline: defaultDeadline(reportYear),
    deadlineStated: false,
    deadlineSetByAdmin: false,
    leadDepartmentId: leads.departments.find((d) => d.name === lead)?.id ?? null,
    supportingDepartmentIds: [],
    responsibleUserId: null,
    rejected: false,
    // Not found by the extractor: whatever day the report may name, the admin types it.
    reportDeadline: null,
  };
  const figure = findQuantities(quote).find((q) => q.unit !== null && !q.glued);
  if (!figure) return base;
  const before = quote.slice(0, figure.numberStart);
  const sign = signFor(figure, before);
  const comparator = comparatorFor(figure, before);
  const figureText = (n: number) => String(sign * n);
  if (comparator === "range" && figure.min !== null && figure.max !== null) {
    // A fall of 2%—3% is the range −3…−2.
    const [min, max] = sign < 0 ? [figure.max, figure.min] : [figure.min, figure.max];
    return { ...base, kind: "numeric", comparator, unit: figure.unit, min: figureText(min), max: figureText(max) };
  }
  return { ...base, kind: "numeric", comparator, unit: figure.unit, value: figureText(figure.value) };
}

/** The rows with `row` among them where its quote is in the text: before the first row that starts after it. */
export function insertInTextOrder(rows: ReviewRow[], row: ReviewRow): ReviewRow[] {
  const i = rows.findIndex((r) => r.start > row.start);
  return i < 0 ? [...rows, row] : [...rows.slice(0, i), row, ...rows.slice(i)];
}
