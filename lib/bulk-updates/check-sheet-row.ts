import type { CommitmentKind, CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/zh";
import type { MessageParams } from "@/lib/i18n/translate";
import { reportYearStart, toEpochDay } from "@/lib/progress/iso-day";
import { MAX_FIGURE, MAX_NARRATIVE } from "@/lib/updates/types";
import { readDone } from "./sheet-layout";
import type { SheetRow } from "./read-bulk-sheet";
import { isOpen } from "@/lib/commitments/commitment-status";
import type { TargetFields } from "@/lib/commitments/format-target";
import { halfWidth, parseFigureText } from "@/lib/commitments/parse-figure-text";
import { storedFigure } from "@/lib/commitments/figure-precision";
import { lowestReading } from "@/lib/updates/negative-reading";

export type RowProblem = { messageKey: MessageKey; params?: MessageParams };
export type RowReading = { asOf: string; actualValue: number | null; done: boolean | null; narrative: string };

/** A real calendar day written YYYY-MM-DD (toEpochDay refuses anything else). */
function validDay(day: string): boolean {
  try {
    toEpochDay(day);
    return true;
  } catch {
    return false;
  }
}

/**
 * One row of the sheet against its commitment: the same rules as the one-by-one form, and, as
 * that form does, every problem of the row at once (its date, its figure, its note) rather than
 * the first one per upload.
 */
export function checkSheetRow(
  row: SheetRow,
  commitment: TargetFields & { kind: CommitmentKind; status: CommitmentStatus; report: { year: number } },
  today: string,
): RowReading | { problems: RowProblem[] } {
  if (!isOpen(commitment.status)) return { problems: [{ messageKey: "bulk.error.closed" }] };
  const asOf = row.asOf.replaceAll("/", "-").trim();
  const narrative = row.narrative.trim();
  const problems = [dayProblem(asOf, today, commitment.report.year), narrativeProblem(narrative)];
  const reading = commitment.kind === "MILESTONE" ? milestoneReading(row) : figureReading(row, commitment);
  if ("messageKey" in reading) problems.push(reading);
  const found = problems.filter((p): p is RowProblem => p !== null);
  if (found.length || "messageKey" in reading) return { problems: found };
  return { asOf, narrative, ...reading };
}

function dayProblem(asOf: string, today: string, year: number): RowProblem | null {
  if (!asOf) return { messageKey: "bulk.error.asOfMissing" };
  if (!validDay(asOf)) return { messageKey: "bulk.error.asOf" };
  if (asOf > today) return { messageKey: "bulk.error.asOfFuture" };
  if (asOf < reportYearStart(year)) return { messageKey: "bulk.error.asOfBeforeYear", params: { year } };
  return null;
}

function narrativeProblem(narrative: string): RowProblem | null {
  if (!narrative) return { messageKey: "bulk.error.narrative" };
  if (narrative.length > MAX_NARRATIVE) return { messageKey: "bulk.error.narrativeTooLong", params: { max: MAX_NARRATIVE, length: narrative.length } };
  return null;
}

function milestoneReading(row: SheetRow): Pick<RowReading, "actualValue" | "done"> | RowProblem {
  const done = readDone(row.done);
  if (done === null) return { messageKey: "bulk.error.done" };
  return { actualValue: null, done };
}

function figureReading(row: SheetRow, commitment: TargetFields): Pick<RowReading, "actualValue" | "done"> | RowProblem {
  const percent = /^([-+]?[\d.,]+)\s*%$/.exec(halfWidth(row.actualValue).trim());
  if (percent) return { messageKey: "bulk.error.actualPercent", params: { value: percent[1] } };
  const value = parseFigureText(row.actualValue);
  if (typeof value !== "number" || !Number.isFinite(value)) return { messageKey: "bulk.error.actual" };
  // A number still, only one no figure can be: said so, as the form does.
  if (Math.abs(value) > MAX_FIGURE) return { messageKey: "bulk.error.actualTooLarge" };
  const stored = storedFigure(value);
  if (stored === "tooPrecise") return { messageKey: "bulk.error.actualDecimals" };
  const lowest = lowestReading(commitment);
  if (lowest !== null && stored < lowest) return { messageKey: lowest === 0 ? "bulk.error.actualNegative" : "bulk.error.actualGrowthBelowAll" };
  return { actualValue: stored, done: null };
}
