import { describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { Comparator } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/translate";
import { FIGURE_UNITS, isRateOfChangeUnit, MAGNITUDES, perPeriodUnit } from "@/lib/extract/units";
import type { TargetFields } from "@/lib/commitments/format-target";
import { figureValidation } from "./figure-validation";

/**
 * Excel takes a data validation's titles up to 32 characters and its texts up to 255; past them
 * it "repairs" the file on opening and drops the check. Every unit the extractor reads, alone,
 * after each magnitude and per a period, with a long figure, as every kind of target.
 */
const units = FIGURE_UNITS.flatMap((u) => (isRateOfChangeUnit(u) ? [u] : [u, ...MAGNITUDES.map((m) => m + u), perPeriodUnit(u, "日均")]));
const [large, smaller] = [123456789.1234, 12345678.1234];
const targets = (unit: string): TargetFields[] =>
  Object.values(Comparator).flatMap((comparator): TargetFields[] =>
    comparator === "RANGE"
      ? [
          { comparator, targetValue: null, targetMin: smaller, targetMax: large, unit },
          { comparator, targetValue: null, targetMin: -large, targetMax: -smaller, unit },
        ]
      : [large, -large].map((targetValue) => ({ comparator, targetValue, targetMin: null, targetMax: null, unit })),
  );

describe("Excel's own check of a figure's cell stays within Excel's limits", () => {
  it("keeps titles to 32 characters and texts to 255, for every unit the extractor reads, in either language", () => {
    const tooLong: string[] = [];
    for (const locale of LOCALES) {
      for (const unit of units) {
        for (const target of targets(unit)) {
          const v: ExcelJS.DataValidation = figureValidation({ ...target, indicator: "单位生产总值能耗" }, locale);
          const over = (field: "promptTitle" | "errorTitle" | "prompt" | "error", limit: number) => {
            if ((v[field]?.length ?? 0) > limit) tooLong.push(`${locale} ${unit} ${target.comparator} ${field}: ${v[field]}`);
          };
          over("promptTitle", 32);
          over("errorTitle", 32);
          over("prompt", 255);
          over("error", 255);
        }
      }
    }
    expect(tooLong).toEqual([]);
  });
});
