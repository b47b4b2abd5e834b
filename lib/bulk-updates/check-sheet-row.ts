import type { CommitmentKind, CommitmentStatus } from "@/lib/generated/prisma/enums";
import { MAX_NARRATIVE } from "@/lib/updates/types";
import { readDone } from "./sheet-layout";
import { readSheetDay } from "./read-sheet-day";
import type { SheetRow } from "./read-bulk-sheet";
import { isOpen, type OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import type { TargetFields } from "@/lib/commitments/format-target";
import { figureWording, figureWordingParams, readTypedFigure, typedUnit } from "@/lib/commitments/read-typed-figure";
import { isShare, lowestReading } from "@/lib/updates/negative-reading";
import { readingProblems, type ReadingProblem } from "@/lib/updates/reading-problems";
import type { RowProblem, RowProblemKey } from "./row-problem";
export type RowReading = { asOf: string; actualValue: number | null; done: boolean | null; narrative: string };

/** The sheet's words for an estimate or Chinese numerals, with the figure meant when it reads one way (figureWording). */
const ESTIMATE_OR_NUMERAL = {
  approximate: "bulk.error.actualApproximate",
  approximateFigure: "bulk.error.actualApproximateFigure",
  chineseNumeral: "bulk.error.actualChinese",
  chineseNumeralFigure: "bulk.error.actualChineseFigure",
} as const;

/**
 * One row of the sheet against its commitment: the one-by-one form's rules, the same functions
 * (readingProblems for its day, its figure's least and what is missing; readTypedFigure for a figure
 * the column can hold), said in the sheet's words, which name the column. As that form does, every
 * problem of the row at once (its date, its note, its figure) rather than the first one per upload.
 * A cell the commitment's kind does not read (是否完成 of a figure, 实际完成值 of a milestone) is
 * refused, never dropped: the official would take a figure or a "是" they wrote for reported.
 */
export function checkSheetRow(
  row: SheetRow,
  commitment: TargetFields & { id: number; indicator: string; kind: CommitmentKind; status: CommitmentStatus; report: { year: number } },
  today: string,
): RowReading | { problems: RowProblem[] } {
  if (!isOpen(commitment.status)) return { problems: [closedProblem({ ...commitment, status: commitment.status as keyof typeof CLOSED_PROBLEMS })] };
  const narrative = row.narrative.trim();
  const day = readSheetDay(row.asOf);
  const reading = commitment.kind === "MILESTONE" ? { actualValue: null, done: readDone(row.done) } : readFigure(row.actualValue, commitment.unit);
  const rules = { kind: commitment.kind, reportYear: commitment.report.year, lowest: lowestReading(commitment), share: isShare(commitment) };
  // What the sheet could not read is refused already, and left out (undefined) here.
  const readable = { asOf: typeof day === "string" ? day : undefined, ...("messageKey" in reading ? {} : reading) };
  const broken = readingProblems(rules, readable, today);
  const note = narrativeProblem(narrative);
  // In the order the form names them: the date, the note, the figure.
  const problems = [
    ...(typeof day === "string" ? [] : [day]),
    ...broken.filter((p) => p.field === "asOf").map(inSheetWords),
    ...(note ? [note] : []),
    ...("messageKey" in reading ? [reading] : []),
    ...broken.filter((p) => p.field !== "asOf").map(inSheetWords),
    ...unreadCell(row, commitment.kind),
  ];
  if (problems.length || "messageKey" in reading || typeof day !== "string") return { problems };
  // The day as the sheet read it (2023/9/30 → 2023-09-30), to be stored and compared.
  return { asOf: day, narrative, ...reading };
}

/** What closed a commitment, as a row naming it is told. */
const CLOSED_PROBLEMS = {
  VERIFIED: "bulk.error.closedVerified",
  UNMET: "bulk.error.closedUnmet",
  WITHDRAWN: "bulk.error.closedWithdrawn",
} as const satisfies Record<Exclude<CommitmentStatus, (typeof OPEN_STATUSES)[number]>, RowProblemKey>;

/**
 * A commitment closed since the sheet was downloaded: which one (编号 and indicator), what closed
 * it, and that its row is to be deleted (the rest of the sheet then reads).
 */
function closedProblem(commitment: { id: number; indicator: string; status: keyof typeof CLOSED_PROBLEMS }): RowProblem {
  return { messageKey: CLOSED_PROBLEMS[commitment.status], params: { id: commitment.id, indicator: commitment.indicator } };
}

/** The cell of the other kind's column, when filled: nothing reads it. */
function unreadCell(row: SheetRow, kind: CommitmentKind): RowProblem[] {
  if (kind === "MILESTONE") return row.actualValue.trim() ? [{ messageKey: "bulk.error.actualNotRead" }] : [];
  return row.done.trim() ? [{ messageKey: "bulk.error.doneNotRead" }] : [];
}

function narrativeProblem(narrative: string): RowProblem | null {
  if (!narrative) return { messageKey: "bulk.error.narrative" };
  if (narrative.length > MAX_NARRATIVE) return { messageKey: "bulk.error.narrativeTooLong", params: { max: MAX_NARRATIVE, length: narrative.length } };
  return null;
}

/** The figure as it will be stored (null when empty), or why the cell holds none, as the form reads it (readTypedFigure). */
function readFigure(cell: string, unit: string | null): { actualValue: number | null; done: null } | RowProblem {
  const read = readTypedFigure(cell);
  if ("figure" in read) return { actualValue: read.figure, done: null };
  switch (read.problem) {
    case "percent":
      return { messageKey: "bulk.error.actualPercent", params: { value: read.value } };
    case "unit": {
      // Words after the figure are never read ("386亿" of a target in 万元): said against the row's unit, as the form does.
      const against = typedUnit(read.typed, unit);
      if (against === "same") return { messageKey: "bulk.error.actualUnit", params: { unit: unit ?? read.typed } };
      return against === "other" ? { messageKey: "bulk.error.actualOtherUnit", params: { typed: read.typed, unit: unit ?? "" } } : { messageKey: "bulk.error.actualWords", params: { typed: read.typed } };
    }
    case "approximate":
    case "chineseNumeral":
      // "约462", "462个左右": an estimate, said as one (not as a unit other than the row's); "四百六十二": digits asked for.
      return { messageKey: ESTIMATE_OR_NUMERAL[figureWording(read) as keyof typeof ESTIMATE_OR_NUMERAL], params: figureWordingParams(read) };
    case "notANumber":
      return { messageKey: "bulk.error.actual" };
    case "tooLarge":
      return { messageKey: "bulk.error.actualTooLarge" };
    case "tooPrecise":
      return { messageKey: "bulk.error.actualDecimals" };
    case "exponent":
      return { messageKey: "bulk.error.actualExponent" };
  }
}

/** A broken rule as the sheet says it, naming its column; every key readingProblems has is said. */
function inSheetWords(problem: ReadingProblem): RowProblem {
  switch (problem.messageKey) {
    case "workflow.update.asOfFuture":
      return { messageKey: "bulk.error.asOfFuture" };
    case "workflow.update.asOfBeforeYear":
      return { messageKey: "bulk.error.asOfBeforeYear", params: problem.params };
    case "form.required":
      // An empty 是否完成 and one the sheet cannot read are said alike (it says what to write);
      // an empty figure is asked for, as the date is.
      return { messageKey: problem.field === "done" ? "bulk.error.done" : "bulk.error.actualMissing" };
    case "workflow.update.negative":
      return { messageKey: "bulk.error.actualNegative" };
    case "workflow.update.growthBelowAll":
      return { messageKey: "bulk.error.actualGrowthBelowAll" };
    case "workflow.update.outsideShare":
      return { messageKey: "bulk.error.actualOutsideShare" };
  }
}
