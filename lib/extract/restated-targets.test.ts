import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport } from "./index";

describe("a target stated again in another part is one commitment", () => {
  it("keeps Luoyang's 城镇新增就业9万人 once: as the main target (以上)", () => {
    const jobs = extractReport(loadReport("luoyang-2023")).commitments.filter((c) => c.indicator === "城镇新增就业" && c.value === 9);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ section: "二", quote: "城镇新增就业9万人以上", comparator: ">=", unit: "万人" });
  });

  it("takes the restatement's 以上, and its department when the first statement has none", () => {
    // The main targets name no department; the work plan's 就业 names 人社局.
    const r = extractReport(miniReport("稳定就业，城镇新增就业3万人以上。", { targets: "城镇新增就业3万人。" }));
    const jobs = r.commitments.filter((c) => c.indicator === "城镇新增就业");
    expect(jobs).toEqual([expect.objectContaining({ section: "二", comparator: ">=", value: 3 })]);
    const planned = extractReport(miniReport("稳定就业，城镇新增就业3万人以上。")).commitments.find((c) => c.section !== "二");
    expect(jobs[0].leadDepartment).toBe(planned?.leadDepartment ?? null);
  });

  it("keeps targets apart that differ in figure, unit or deadline", () => {
    const r = extractReport(miniReport("新建学校3所。上半年新建学校3所。新建学校4所。新建学校3个。"));
    expect(r.commitments.filter((c) => c.indicator === "新建学校").map((c) => [c.value, c.unit, c.deadline])).toEqual([
      [3, "所", "2024-12-31"],
      [3, "所", "2024-06-30"],
      [4, "所", "2024-12-31"],
      [3, "个", "2024-12-31"],
    ]);
  });

  it("keeps the same words within one part, and milestones, as different promises", () => {
    expect(extractReport(miniReport("实施重点项目10个。（二）推进城建。实施重点项目10个。")).commitments.filter((c) => c.indicator === "重点项目")).toHaveLength(2);
    const milestones = extractReport(miniReport("新建养老院，年底前全部建成投用。推进学校建设，年底前全部建成投用。")).commitments.filter((c) => c.kind === "milestone");
    expect(milestones).toHaveLength(2);
  });
});
