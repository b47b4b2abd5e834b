import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { ROW_PROBLEM_COLUMNS, rowProblemParams, type RowProblemKey } from "./row-problem";
import { headedIn } from "./sheet-layout";
import { sheetRefusal } from "./sheet-refusal";

const keys = Object.keys(ROW_PROBLEM_COLUMNS) as RowProblemKey[];

describe("a row's problem in Excel's own error box", () => {
  it("starts with a capital in an English sheet, whichever problem it is (each is written to follow another mid-line)", () => {
    expect(sheetRefusal("en", { messageKey: "bulk.error.asOfMissing" })).toBe('Fill in "As of" (e.g. 2023-06-30)');
    expect(sheetRefusal("en", { messageKey: "bulk.error.actualPercent", params: { value: "5.2" } })).toBe('Write "Actual value" as a plain number (such as 5.2), not in percent format');
    for (const messageKey of keys) {
      // A letter, or a column's name in quotes, the name itself capitalised.
      expect(sheetRefusal("en", { messageKey }), messageKey).toMatch(/^(")?[A-Z]/);
    }
  });

  it("is the upload's message otherwise: the same words, the column named as the sheet heads it", () => {
    const [zh, en] = [translator("zh"), translator("en")];
    for (const messageKey of keys) {
      expect(sheetRefusal("zh", { messageKey }), messageKey).toBe(zh(messageKey, rowProblemParams({ messageKey }, headedIn("zh"))));
      expect(sheetRefusal("en", { messageKey }).toLowerCase(), messageKey).toBe(en(messageKey, rowProblemParams({ messageKey }, headedIn("en"))).toLowerCase());
    }
  });
});
