import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { en as EN } from "@/lib/i18n/en";
import { rowProblemLine } from "./row-problem-line";

describe("a refused sheet's row line", () => {
  const en = translator("en");
  const zh = translator("zh");
  const line = (t: typeof en, row: number, keys: [string, Record<string, string | number>?][]) =>
    rowProblemLine(t("bulk.error.row"), row, keys.map(([key, values]) => t(key as never, values as never)), t("common.listSeparator"));

  it("starts every English row alike, with a capital, whichever problem comes first", () => {
    expect(line(en, 2, [["bulk.error.repeat", { asOf: "2023-06-30" }]])).toBe(
      "Row 2: Repeats an update already submitted and waiting for review (as of 2023-06-30); delete this row",
    );
    expect(line(en, 3, [["bulk.error.actual"], ["bulk.error.narrative"]])).toMatch(/^Row 3: The actual value must be a number; enter a narrative/);
    expect(line(en, 4, [["bulk.error.unknownCommitment", { id: 12 }]])).toBe("Row 4: No. 12 is not a commitment of your department");
  });

  it("writes every English problem to follow another mid-line (lower case but for No.)", () => {
    const keys = Object.keys(EN_BULK_ERRORS).filter((k) => !["bulk.error.row", "bulk.error.file", "bulk.error.emptyFile", "bulk.error.sheet", "bulk.error.empty", "bulk.error.rows"].includes(k));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(EN_BULK_ERRORS[key], key).toMatch(/^([a-z“]|No\. )/);
  });

  it("leaves Chinese as it is", () => {
    expect(line(zh, 3, [["bulk.error.actual"]])).toBe("第 3 行：“实际完成值”必须是数字");
  });
});

const EN_BULK_ERRORS: Record<string, string> = Object.fromEntries(Object.entries(EN).filter(([k]) => k.startsWith("bulk.error.")));
