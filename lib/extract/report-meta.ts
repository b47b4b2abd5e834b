// Report metadata (title, year, issuer, delivery date) and which parts are in scope.

import { findIssuer, headingLines } from "./issuer";
import type { Part } from "./structure";
import type { Span } from "./types";

export interface ReportMeta {
  title: string;
  year: number | null;
  issuer: string | null;
  deliveredOn: string | null;
}

const DATELINE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const YEAR_IN_HEADING = /(\d{4})\s*年/g;
/** Parts that look back ("过去五年政府工作回顾", "2024年工作回顾") hold results, not commitments. */
const REVIEW_HEADING = /回顾|过去|总结|成就/;
/** Multi-year plan parts ("“十四五”时期主要目标") are not this year's commitments. */
const MULTI_YEAR_HEADING = /十[一二三四五六七八九]五|今后五年|未来五年/;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function readMeta(text: string, paragraphs: Span[], salutationIndex: number, parts: Part[]): ReportMeta {
  const front = headingLines(text, paragraphs, salutationIndex);
  const title = front.find((l) => l.includes("政府工作报告")) ?? "政府工作报告";

  let deliveredOn: string | null = null;
  let datelineYear: number | null = null;
  for (const line of front) {
    const m = DATELINE.exec(line);
    if (m) {
      datelineYear = Number(m[1]);
      deliveredOn = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
      break;
    }
  }

  // The year a report plans for is named in its forward-looking part headings
  // ("二、2023 年主要目标任务") and it is delivered early in that year (a county may
  // deliver it in late December). Headings may also name far goals ("2035年远景目标").
  const headingYears: number[] = [];
  for (const part of parts) {
    if (REVIEW_HEADING.test(part.title)) continue;
    for (const m of part.title.matchAll(YEAR_IN_HEADING)) headingYears.push(Number(m[1]));
  }
  const titleYear = /(\d{4})\s*年/.exec(title);
  const year = chooseYear(headingYears, datelineYear) ?? (titleYear ? Number(titleYear[1]) : null);

  return { title, year, issuer: findIssuer(text, front), deliveredOn };
}

function chooseYear(headingYears: number[], datelineYear: number | null): number | null {
  const sorted = [...new Set(headingYears)].sort((a, b) => a - b);
  if (datelineYear === null) return sorted[0] ?? null;
  if (sorted.includes(datelineYear)) return datelineYear;
  return sorted.find((y) => y === datelineYear + 1) ?? datelineYear;
}

/** A part commits to something for the report's year unless it reviews the past. */
export function isPartInScope(part: Part, year: number): boolean {
  const title = part.title;
  if (REVIEW_HEADING.test(title)) return false;
  const years = [...title.matchAll(YEAR_IN_HEADING)].map((m) => Number(m[1]));
  if (years.length > 0 && !years.includes(year)) return false;
  if (MULTI_YEAR_HEADING.test(title) && years.length === 0 && !title.includes("今年")) return false;
  return true;
}
