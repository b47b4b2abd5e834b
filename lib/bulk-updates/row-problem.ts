import type { MessageParams } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { DONE_ANSWERS, headerName, type HeaderLanguages, type ReadColumnKey } from "./sheet-layout";

/**
 * What can be wrong with a row of the progress sheet, each with the column its message names
 * (`{column}`), or null when it is said of the row as a whole. A problem added here says its
 * column, so no message names a column the sheet does not show.
 */
export const ROW_PROBLEM_COLUMNS = {
  "bulk.error.unknownCommitment": "id",
  "bulk.error.duplicate": "id",
  "bulk.error.closedVerified": "id",
  "bulk.error.closedUnmet": "id",
  "bulk.error.closedWithdrawn": "id",
  "bulk.error.repeat": null,
  "bulk.error.repeatApproved": null,
  "bulk.error.asOf": "asOf",
  "bulk.error.asOfMissing": "asOf",
  "bulk.error.asOfNoSuchDay": "asOf",
  "bulk.error.asOfNotYearFirst": "asOf",
  "bulk.error.asOfFuture": "asOf",
  "bulk.error.asOfBeforeYear": "asOf",
  "bulk.error.actualPercent": "actualValue",
  "bulk.error.actual": "actualValue",
  "bulk.error.actualUnit": "actualValue",
  "bulk.error.actualOtherUnit": "actualValue",
  "bulk.error.actualWords": "actualValue",
  "bulk.error.actualApproximate": "actualValue",
  "bulk.error.actualApproximateFigure": "actualValue",
  "bulk.error.actualChinese": "actualValue",
  "bulk.error.actualChineseFigure": "actualValue",
  "bulk.error.actualExponent": "actualValue",
  "bulk.error.actualMissing": "actualValue",
  "bulk.error.actualGrowthBelowAll": "actualValue",
  "bulk.error.actualTooLarge": "actualValue",
  "bulk.error.actualNegative": "actualValue",
  "bulk.error.actualOutsideShare": "actualValue",
  "bulk.error.actualDecimals": "actualValue",
  "bulk.error.actualNotRead": "actualValue",
  // Excel's own box on a figure's cell (figureValidation), shown for anything it stops, text too.
  "bulk.error.actualTakesCount": "actualValue",
  "bulk.error.actualTakesShare": "actualValue",
  "bulk.error.actualTakesGrowth": "actualValue",
  "bulk.error.actualTakesRate": "actualValue",
  "bulk.error.done": "done",
  "bulk.error.doneNotRead": "done",
  "bulk.error.narrative": "narrative",
  "bulk.error.narrativeTooLong": "narrative",
} as const satisfies Partial<Record<MessageKey, ReadColumnKey | null>>;

export type RowProblemKey = keyof typeof ROW_PROBLEM_COLUMNS;
export type RowProblem = { messageKey: RowProblemKey; params?: MessageParams };

/**
 * A row problem's values as its message is filled: its column named as the uploaded sheet heads
 * it, and for 是否完成 the answers that column's language offers (是/否, Yes/No).
 */
export function rowProblemParams(problem: RowProblem, headers: HeaderLanguages): MessageParams | undefined {
  const column: ReadColumnKey | null = ROW_PROBLEM_COLUMNS[problem.messageKey];
  if (column === null) return problem.params;
  const locale = headers[column];
  return { ...problem.params, column: headerName(column, locale), ...(column === "done" ? DONE_ANSWERS[locale] : {}) };
}
