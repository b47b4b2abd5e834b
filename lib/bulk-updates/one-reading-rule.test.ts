import { afterEach, describe, expect, it, vi } from "vitest";
import { ExpectedError } from "@/lib/actions/errors";
import * as rules from "@/lib/updates/reading-problems";
import { checkReading } from "@/lib/updates/check-reading";
import { ZSubmitUpdate } from "@/lib/updates/types";
import { checkSheetRow } from "./check-sheet-row";
import { isShare, lowestReading } from "@/lib/updates/negative-reading";
import { lowestHint } from "@/lib/updates/reading-hints";

vi.mock("@/lib/updates/reading-problems", { spy: true });

// 洛阳 2023: 固定资产投资增长11% (a growth rate in %), 新增规模以上工业企业260家 (a count),
// 农作物良种覆盖率97%以上 (a share of a whole).
const investment = { id: 16, indicator: "固定资产投资", kind: "NUMERIC" as const, status: "ACTIVE" as const, report: { year: 2023 }, comparator: "GROWTH" as const, targetValue: "11", targetMin: null, targetMax: null, unit: "%" };
const firms = { ...investment, indicator: "新增规模以上工业企业", comparator: "AT_LEAST" as const, targetValue: "260", unit: "家" };
const seeds = { ...investment, indicator: "农作物良种覆盖率", comparator: "AT_LEAST" as const, targetValue: "97", unit: "%" };
const today = "2023-08-15";
const row = { row: 5, id: "16", asOf: "2023-06-30", actualValue: "", done: "", narrative: "上半年" };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof ExpectedError) return e.details?.map((d) => d.messageKey) ?? [e.messageKey];
    throw e;
  }
  return [];
};

describe("a reading's rules are written once: the sheet, the form and the use case apply the same", () => {
  afterEach(() => vi.mocked(rules.readingProblems).mockRestore());

  it("gives the same verdict on the same readings", () => {
    const cases = [
      [investment, "2023-06-30", "-120", true], // below -100%
      [investment, "2023-06-30", "-3.5", false], // a fall, not a slip
      [firms, "2023-06-30", "-3", true], // a count below zero
      [firms, "2022-12-31", "130", true], // before the report year
      [firms, "2023-08-16", "130", true], // after today
      [firms, "2023-08-15", "130", false],
      [seeds, "2023-06-30", "150", true], // a share above the whole
      [seeds, "2023-06-30", "-5", true], // a share below none
      [seeds, "2023-06-30", "100", false],
    ] as const;
    for (const [commitment, asOf, actual, refused] of cases) {
      const sheet = checkSheetRow({ ...row, asOf, actualValue: actual }, commitment, today);
      expect("problems" in sheet, `sheet ${asOf} ${actual}`).toBe(refused);
      expect(refusal(() => checkReading(commitment, { asOf, actualValue: Number(actual), done: null }, today)).length > 0, `use case ${asOf} ${actual}`).toBe(refused);
      const hints = { expects: "NUMERIC", reportYear: "2023", lowest: lowestHint(lowestReading(commitment)), ...(isShare(commitment) ? { share: "1" } : {}) };
      vi.useFakeTimers({ now: new Date(`${today}T04:00:00Z`), toFake: ["Date"] });
      const form = ZSubmitUpdate.safeParse({ commitmentId: "7", asOf, actualValue: actual, narrative: "说明", ...hints });
      vi.useRealTimers();
      expect(!form.success, `form ${asOf} ${actual}`).toBe(refused);
    }
  });

  it("a rule changed in readingProblems reaches the sheet and the form alike", () => {
    // Suppose readings before March were refused as before the year: one change, in one place.
    vi.mocked(rules.readingProblems).mockImplementation((r, input) =>
      input.asOf !== undefined && input.asOf < "2023-03-01" ? [{ field: "asOf", messageKey: "workflow.update.asOfBeforeYear", params: { year: r.reportYear ?? 0 } }] : [],
    );
    const february = "2023-02-15";
    expect(checkSheetRow({ ...row, asOf: february, actualValue: "130" }, firms, today)).toEqual({ problems: [{ messageKey: "bulk.error.asOfBeforeYear", params: { year: 2023 } }] });
    expect(refusal(() => checkReading(firms, { asOf: february, actualValue: 130, done: null }, today))).toEqual(["workflow.update.asOfBeforeYear"]);
    const form = ZSubmitUpdate.safeParse({ commitmentId: "7", asOf: february, actualValue: "130", narrative: "说明", expects: "NUMERIC", reportYear: "2023", lowest: "0" });
    expect(form.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["asOf", "workflow.update.asOfBeforeYear"]]);
  });
});
