import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import type { ProgressReportItem } from "./build-progress-report";
import { updateLine } from "./progress-report-text";

const item = { kind: "NUMERIC", unit: "万亩" } as ProgressReportItem;
const update = { asOf: "2023-06-30", percent: 50, actual: "5.5", done: null, narrative: "已完成一半。" };

describe("an update's line in the progress report", () => {
  it("is punctuated in the reader's language", () => {
    expect(updateLine(update, item, translator("zh"))).toBe("2023-06-30：5.5万亩（50%）。已完成一半。");
    expect(updateLine(update, item, translator("en"))).toBe("2023-06-30: 5.5万亩 (50%). 已完成一半。");
  });

  it("says only the narrative when there is no figure", () => {
    expect(updateLine({ ...update, actual: null, percent: null }, item, translator("en"))).toBe("2023-06-30: 已完成一半。");
  });
});
