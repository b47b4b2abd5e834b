import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET } from "@/app/api/exports/progress-report.docx/route";
import { getStatusSummary } from "@/lib/dashboard/get-status-summary";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { progressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { summaryLine } from "@/lib/exports/progress-report-text";
import { translator } from "@/lib/i18n/translate";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The third quarter of 2023 in the 进展报告: two rows both 三(一) 民营经济市场主体 (增长10% and
// ≥68万户) told apart by their targets; 生猪出栏 adjusted (调整) from 170 to 160万个 in the quarter,
// its deadline extended before it; a verification (核验) in the quarter, a 未完成办结 before it.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const at = (instant: string) => new Date(instant);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2023-10-15";

describe("the progress report's targets and the office's decisions (2023-Q3)", () => {
  let reportId: number;
  let viewer: Actor;

  beforeAll(async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    viewer = await actorFor({ role: "VIEWER" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "民营经济市场主体", comparator: "GROWTH", targetValue: 10, unit: "%", leadDepartmentId: dept.id },
      { indicator: "民营经济市场主体", targetValue: 68, unit: "万户", leadDepartmentId: dept.id },
      { indicator: "生猪出栏", targetValue: 170, unit: "万个", leadDepartmentId: dept.id },
      { indicator: "新增城镇就业", targetValue: 5, unit: "万人", leadDepartmentId: dept.id },
      { indicator: "新建5G基站", targetValue: 2000, leadDepartmentId: dept.id },
    ]);
    reportId = report.id;
    const [, households, pigs, jobs, stations] = commitments;
    const approve = async (commitmentId: number, asOf: string, actualValue: number, percent: number) => {
      const update = await db.progressUpdate.create({
        data: { commitmentId, authorId: official.id, asOf: day(asOf), actualValue, percent, narrative: `截至${asOf}`, state: "APPROVED", reviewedAt: day(asOf) },
      });
      await db.commitment.update({ where: { id: commitmentId }, data: { latestPercent: percent, latestActual: actualValue, latestAsOf: day(asOf), latestUpdateId: update.id } });
    };
    await approve(households.id, "2023-08-31", 34, 50);
    await approve(jobs.id, "2023-08-15", 5.2, 100);
    await approve(stations.id, "2023-05-31", 1200, 60);
    const change = (kind: "EXTEND_DEADLINE" | "ADJUST_TARGET", reviewedAt: string, proposed: { proposedValue?: number; proposedDeadline?: Date }) =>
      db.changeRequest.create({ data: { commitmentId: pigs.id, kind, requesterId: official.id, reason: "受非洲猪瘟影响", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: at(reviewedAt), ...proposed } });
    await change("EXTEND_DEADLINE", "2023-05-10T02:00:00Z", { proposedDeadline: day("2024-06-30") });
    await change("ADJUST_TARGET", "2023-08-01T00:30:00Z", { proposedValue: 160 });
    await db.commitment.update({ where: { id: pigs.id }, data: { targetValue: 160, deadline: day("2024-06-30") } });
    await db.commitment.update({ where: { id: jobs.id }, data: { status: "VERIFIED", verifiedAt: at("2023-08-20T02:00:00Z"), verifiedById: reviewer.id, verifyNote: "已核对人社部门台账" } });
    await db.commitment.update({ where: { id: stations.id }, data: { status: "UNMET", unmetAt: at("2023-06-20T02:00:00Z"), unmetById: reviewer.id, unmetNote: "选址未落实" } });
  });

  const load = async () => {
    const loaded = await loadProgressReport(viewer, { report: String(reportId), period: "2023-Q3" }, TODAY);
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };

  it("writes each row's target as the ledger does, marks a change approved in the period, and the office's decision of the period", async () => {
    const view = progressReportViewModel(await load(), translator("zh"), TODAY);
    expect(view.columns.target).toBe("目标");
    const rows = Object.fromEntries(view.departments.flatMap((d) => d.items).map((i) => [i.target[0], i]));
    expect(Object.keys(rows).sort()).toEqual(["≥ 160万个", "≥ 2000个", "≥ 5万人", "≥ 68万户", "增长 10%"].sort());
    expect(rows["增长 10%"].indicator).toBe(rows["≥ 68万户"].indicator);
    // The 调整 of August is marked; the 延期 of May, before the quarter, is not this period's.
    expect(rows["≥ 160万个"]).toMatchObject({ changed: true, target: ["≥ 160万个", "本期2023-08-01 调整：≥ 170万个 → ≥ 160万个"] });
    expect(rows["≥ 68万户"]).toMatchObject({ changed: false, target: ["≥ 68万户"] });
    // Verified in the quarter: said after its progress. Closed as missed in June: not this quarter's.
    expect(rows["≥ 5万人"].updates).toEqual(["2023-08-15：5.2万人（100%）。截至2023-08-15", "2023-08-20 核验：已核对人社部门台账"]);
    expect(rows["≥ 2000个"].updates).toEqual(["没有数据截至日期在本期的已审核进展"]);
  });

  it("writes the target in force at the period's end: before the 调整, the report's own", async () => {
    const loaded = await loadProgressReport(viewer, { report: String(reportId), period: "2023-Q2" }, TODAY);
    if (!loaded.ok) throw new Error(loaded.error);
    const view = progressReportViewModel(loaded.value, translator("zh"), TODAY);
    const pigs = view.departments.flatMap((d) => d.items).find((i) => i.indicator.endsWith("生猪出栏"))!;
    // The 延期 of May is the quarter's: marked; the 调整 of August came after it, and is said to
    // be later and not applied: the quarter's target stays the one of its end.
    expect(pigs.target).toEqual(["≥ 170万个", "本期2023-05-10 延期：2023-12-31 → 2024-06-30", "期末后2023-08-01 调整：≥ 170万个 → ≥ 160万个（本报告未按此计算）"]);
    expect(pigs.deadline).toBe("2024-06-30");
  });

  it("states 平均完成率 as the dashboard does for the period's end", async () => {
    const report = await load();
    const dashboard = await getStatusSummary({ actor: viewer, reportId, asOf: report.end, today: TODAY });
    // (0 + 50 + 0 + 100 + 60) / 5: none reported counts as 0.
    expect(report.meanPercent).toBeCloseTo(42, 6);
    expect(report.meanPercent).toBeCloseTo(dashboard.meanPercent!, 6);
    expect(summaryLine(report, translator("zh"))).toContain("期末平均完成率 42%（未报送进展的按 0% 计，不含已撤销事项）");
    expect(summaryLine(report, translator("en"))).toContain("42% complete on average at the end of the period");
  });

  it("says the same in the Word document", async () => {
    vi.mocked(getCurrentActor).mockResolvedValue(viewer);
    const response = await GET(new Request(`http://localhost/api/exports/progress-report.docx?report=${reportId}&period=2023-Q3`));
    expect(response.status).toBe(200);
    const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    for (const said of ["目标", "增长 10%", "≥ 68万户", "本期2023-08-01 调整：≥ 170万个 → ≥ 160万个", "2023-08-20 核验：已核对人社部门台账", "期末平均完成率 42%"]) expect(text).toContain(said);
    expect(text).not.toContain("选址未落实");
  });
});
