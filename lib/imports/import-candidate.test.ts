import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { MAX_CANDIDATES, ZImportCandidate } from "./types";

// 新增高标准农田11万亩, as the review page sends it back.
const farmland = {
  key: "c1", section: "三(一)", theme: null, kind: "numeric", start: 10, end: 20, indicator: "新增高标准农田",
  value: 11, min: null, max: null, unit: "万亩", comparator: ">=", deadline: "2023-12-31", deadlineStated: false,
  leadDepartmentId: null, supportingDepartmentIds: [], responsibleUserId: null,
};

describe("a reviewed candidate's target", () => {
  it("keeps up to the four decimals stored, and refuses more rather than round them", () => {
    expect(ZImportCandidate.safeParse({ ...farmland, value: 11.1235 }).data?.value).toBe(11.1235);
    const refused = ZImportCandidate.safeParse({ ...farmland, value: 11.123456 });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["value", "workflow.form.tooManyDecimals"]]);
  });
  it("refuses a figure past what the column holds in the words every figure form uses, either sign (not zod's 期望 number <=1000000000000000)", () => {
    const refused = ZImportCandidate.safeParse({ ...farmland, comparator: "range", min: -2e15, max: 2e15 });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["min", "workflow.form.numberTooLarge"],
      ["max", "workflow.form.numberTooLarge"],
    ]);
  });
});

describe("a reviewed candidate's occasion", () => {
  it("is taken back from the review as the draft named it, and is none in a draft made before occasions were named", () => {
    expect(ZImportCandidate.parse({ ...farmland, deadlineOccasion: "牡丹文化节前" })).toMatchObject({ deadlineOccasion: "牡丹文化节前" });
    expect(ZImportCandidate.parse(farmland).deadlineOccasion ?? null).toBeNull();
  });
});

describe("a reviewed candidate's figures", () => {
  it("are those its target has: a range sent with a single value is kept without it, a milestone without any", () => {
    expect(ZImportCandidate.parse({ ...farmland, comparator: "range", value: 11, min: 10, max: 12 })).toMatchObject({ value: null, min: 10, max: 12 });
    expect(ZImportCandidate.parse({ ...farmland, value: 11, min: 10, max: 12 })).toMatchObject({ value: 11, min: null, max: null });
    expect(ZImportCandidate.parse({ ...farmland, kind: "milestone", min: 10 })).toMatchObject({ value: null, min: null, max: null, comparator: null, unit: null });
  });
});

describe("a reviewed candidate's words", () => {
  it("refuses an over-long indicator or unit in words of its own, not zod's (期望 string <=20 字符)", () => {
    const refused = ZImportCandidate.safeParse({ ...farmland, indicator: "指".repeat(101), unit: "万".repeat(21) });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["indicator", "import.error.indicatorTooLong"],
      ["unit", "import.error.unitTooLong"],
    ]);
  });
});

describe("the accepted list's limit", () => {
  it("is said with the number the schema holds, in both languages (a zod message takes no values)", () => {
    for (const locale of ["zh", "en"] as const) expect(translator(locale)("import.error.tooManyAccepted").replace(",", "")).toContain(String(MAX_CANDIDATES));
  });
});
