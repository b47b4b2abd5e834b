import { describe, expect, it } from "vitest";
import { reportName } from "./report-name";

describe("reportName", () => {
  it("puts the year before a title without it", () => {
    expect(reportName({ year: 2023, title: "政府工作报告" })).toBe("2023 政府工作报告");
    expect(reportName({ year: 2023, title: "政府工作报告" }, "年")).toBe("2023年政府工作报告");
  });

  it("does not repeat a year the title already says (Beijing 2025, imported from its file)", () => {
    expect(reportName({ year: 2025, title: "2025年北京市政府工作报告" }, "年")).toBe("2025年北京市政府工作报告");
    // Another year in the title is no reason to leave the report's own out.
    expect(reportName({ year: 2024, title: "2023年度政府工作报告（修订）" })).toBe("2024 2023年度政府工作报告（修订）");
  });
});
