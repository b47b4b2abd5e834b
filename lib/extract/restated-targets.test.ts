import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport } from "./index";

describe("a target stated twice is one commitment", () => {
  it("keeps Luoyang's 城镇新增就业9万人 once: as the main target (以上), with the work plan's department", () => {
    const jobs = extractReport(loadReport("luoyang-2023")).commitments.filter((c) => c.indicator === "城镇新增就业" && c.value === 9);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ section: "二", quote: "城镇新增就业9万人以上", comparator: ">=", unit: "万人" });
  });

  it("takes the restatement's 以上 and department when the first statement has neither", () => {
    const r = extractReport(miniReport("城镇新增就业3万人以上。", { targets: "城镇新增就业3万人。" }));
    expect(r.commitments.filter((c) => c.indicator === "城镇新增就业")).toEqual([
      expect.objectContaining({ section: "二", comparator: ">=", value: 3 }),
    ]);
  });

  it("keeps targets apart that differ in figure, unit or deadline", () => {
    const r = extractReport(miniReport("新建学校3所。上半年新建学校3所。新建学校4所。"));
    expect(r.commitments.filter((c) => c.indicator === "新建学校").map((c) => [c.value, c.deadline])).toEqual([
      [3, "2024-12-31"],
      [3, "2024-06-30"],
      [4, "2024-12-31"],
    ]);
  });
});
