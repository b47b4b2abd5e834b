import { translator, type Locale } from "@/lib/i18n/translate";
import { rowProblemParams, type RowProblem } from "./row-problem";
import { onItsOwn } from "./row-problem-line";
import { headedIn } from "./sheet-layout";

/**
 * A row's problem as Excel's own error box says it when the value is typed (the sheet's data
 * validation): the upload's message, naming its column as this sheet heads it, in the sheet's
 * language, and on its own, so starting as a sentence does ("Fill in…", not "fill in…").
 */
export function sheetRefusal(locale: Locale, problem: RowProblem): string {
  return onItsOwn(translator(locale)(problem.messageKey, rowProblemParams(problem, headedIn(locale))));
}
