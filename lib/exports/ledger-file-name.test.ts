import { describe, expect, it } from "vitest";
import { ledgerFileNames, progressReportFileNames } from "./ledger-file-name";

const luoyang = { id: 1, year: 2023, title: "政府工作报告", issuer: "洛阳市人民政府" };

describe("a download's file names", () => {
  it("name the ledger by its report's name in either language; only the ASCII fallback by its number", () => {
    expect(ledgerFileNames("xlsx", "2026-12-08", luoyang)).toEqual({
      zh: "督办台账-洛阳市2023年政府工作报告-2026-12-08.xlsx",
      en: "duban-洛阳市2023年政府工作报告-2026-12-08.xlsx",
      ascii: "duban-report-1-2026-12-08.xlsx",
    });
    expect(ledgerFileNames("xlsx", "2026-12-08", luoyang, "section")).toMatchObject({ zh: "督办台账-按部分-洛阳市2023年政府工作报告-2026-12-08.xlsx", en: "duban-by-section-洛阳市2023年政府工作报告-2026-12-08.xlsx" });
  });

  it("leave the report out alike in both languages when none was chosen", () => {
    expect(ledgerFileNames("csv", "2026-12-08", null)).toEqual({ zh: "督办台账-2026-12-08.csv", en: "duban-2026-12-08.csv", ascii: "duban-2026-12-08.csv" });
  });

  it("name the progress report by its report and period in either language", () => {
    expect(progressReportFileNames("2023", luoyang)).toEqual({
      zh: "进展报告-洛阳市2023年政府工作报告-2023.docx",
      en: "progress-report-洛阳市2023年政府工作报告-2023.docx",
      ascii: "progress-report-2023-report-1.docx",
    });
  });
});
