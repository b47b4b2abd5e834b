import { describe, expect, it } from "vitest";
import { reportName } from "./report-name";

const LUOYANG = { year: 2023, title: "政府工作报告", issuer: "洛阳市人民政府" };

describe("reportName", () => {
  it("puts the issuer's place and the year before a title without them", () => {
    expect(reportName(LUOYANG)).toBe("洛阳市 2023 政府工作报告");
    expect(reportName(LUOYANG, "年")).toBe("洛阳市2023年政府工作报告");
    expect(reportName(LUOYANG, " · ")).toBe("洛阳市 2023 · 政府工作报告");
  });

  it("tells two reports of one year apart (Luoyang's and the State Council's, both 政府工作报告)", () => {
    expect(reportName({ year: 2023, title: "政府工作报告", issuer: "国务院" })).toBe("国务院 2023 政府工作报告");
    expect(reportName({ year: 2023, title: "政府工作报告", issuer: "国务院" })).not.toBe(reportName(LUOYANG));
  });

  it("does not repeat a place or a year the title already says (Beijing 2025, imported from its file)", () => {
    expect(reportName({ year: 2025, title: "2025年北京市政府工作报告", issuer: "北京市人民政府" }, "年")).toBe("2025年北京市政府工作报告");
    // Another year in the title is no reason to leave the report's own out.
    expect(reportName({ year: 2024, title: "2023年度政府工作报告（修订）", issuer: "" })).toBe("2024 2023年度政府工作报告（修订）");
  });
});
