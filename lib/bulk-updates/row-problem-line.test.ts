import { describe, expect, it } from "vitest";
import { translator, type Locale } from "@/lib/i18n/translate";
import { ROW_PROBLEM_COLUMNS, rowProblemParams, type RowProblem } from "./row-problem";
import { rowProblemLine } from "./row-problem-line";
import { headedIn } from "./sheet-layout";

describe("a refused sheet's row line", () => {
  const line = (locale: Locale, row: number, problems: RowProblem[], sheet: Locale = locale) => {
    const t = translator(locale);
    return rowProblemLine(t("bulk.error.row"), row, problems.map((p) => t(p.messageKey, rowProblemParams(p, headedIn(sheet)))), t("common.listSeparator"));
  };

  it("starts every English row alike, with a capital, whichever problem comes first", () => {
    expect(line("en", 2, [{ messageKey: "bulk.error.repeat", params: { asOf: "2023-06-30" } }])).toBe(
      "Row 2: Repeats an update already submitted and waiting for review (as of 2023-06-30); delete this row",
    );
    expect(line("en", 3, [{ messageKey: "bulk.error.asOfMissing" }, { messageKey: "bulk.error.narrative" }])).toBe('Row 3: Fill in "As of" (e.g. 2023-06-30); fill in "Narrative" (at most 5,000 characters)');
    expect(line("en", 4, [{ messageKey: "bulk.error.unknownCommitment", params: { id: 12 } }])).toBe("Row 4: No. 12 is not a commitment of your department");
  });

  it("writes every English problem to follow another mid-line (lower case but for a column's name)", () => {
    const keys = Object.keys(ROW_PROBLEM_COLUMNS) as (keyof typeof ROW_PROBLEM_COLUMNS)[];
    expect(keys.length).toBeGreaterThan(10);
    const en = translator("en");
    for (const key of keys) {
      for (const sheet of ["zh", "en"] as const) {
        expect(en(key, rowProblemParams({ messageKey: key }, headedIn(sheet))), key).toMatch(/^([a-z"]|No\. |编号 )/);
      }
    }
  });

  it("names each column as the uploaded sheet heads it, in the reader's language", () => {
    const figure: RowProblem[] = [{ messageKey: "bulk.error.actual" }];
    expect(line("zh", 3, figure)).toBe("第 3 行：“实际完成值”必须是数字");
    expect(line("en", 3, figure)).toBe('Row 3: "Actual value" must be a number');
    // A sheet downloaded in the other language than the page is read in.
    expect(line("zh", 3, figure, "en")).toBe("第 3 行：“Actual value”必须是数字");
    expect(line("en", 3, figure, "zh")).toBe('Row 3: "实际完成值" must be a number');
    // 是否完成 offers the answers of its sheet's language, as its list in Excel does.
    expect(line("zh", 5, [{ messageKey: "bulk.error.done" }])).toBe("第 5 行：“是否完成”请填“是”或“否”");
    expect(line("zh", 5, [{ messageKey: "bulk.error.done" }], "en")).toBe("第 5 行：“Done”请填“Yes”或“No”");
    expect(line("en", 5, [{ messageKey: "bulk.error.done" }], "en")).toBe('Row 5: "Done" must be Yes or No');
    expect(line("en", 6, [{ messageKey: "bulk.error.unknownCommitment", params: { id: 12 } }], "zh")).toBe("Row 6: 编号 12 is not a commitment of your department");
  });

  it("names a closed commitment by its 编号 and indicator, says which closing it was, and asks for its row to be deleted", () => {
    const closed = (messageKey: "bulk.error.closedVerified" | "bulk.error.closedUnmet" | "bulk.error.closedWithdrawn"): RowProblem[] => [{ messageKey, params: { id: 12, indicator: "新建5G基站" } }];
    expect(line("zh", 10, closed("bulk.error.closedVerified"))).toBe("第 10 行：编号 12（新建5G基站）已核验，不再接受进展报送，请删除此行");
    expect(line("zh", 10, closed("bulk.error.closedUnmet"))).toBe("第 10 行：编号 12（新建5G基站）已按未完成办结，不再接受进展报送，请删除此行");
    expect(line("zh", 10, closed("bulk.error.closedWithdrawn"))).toBe("第 10 行：编号 12（新建5G基站）已撤销，不再接受进展报送，请删除此行");
    expect(line("en", 10, closed("bulk.error.closedVerified"), "en")).toBe("Row 10: No. 12 (新建5G基站) has been verified and takes no more updates: delete this row");
    expect(line("en", 10, closed("bulk.error.closedUnmet"), "en")).toBe("Row 10: No. 12 (新建5G基站) has been closed as not delivered and takes no more updates: delete this row");
    expect(line("en", 10, closed("bulk.error.closedWithdrawn"), "en")).toBe("Row 10: No. 12 (新建5G基站) has been withdrawn and takes no more updates: delete this row");
  });
});
