import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { executeAction } from "@/lib/actions/execute-action";
import { GET } from "@/app/api/exports/progress-report.docx/route";
import type { ProgressReport } from "@/lib/exports/build-progress-report";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { progressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { summaryLine } from "@/lib/exports/progress-report-text";
import { translator } from "@/lib/i18n/translate";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The 2023 report's year-end account (QA): every target due 2023-12-31, read as of 12-31; in
// January 2024 the office verified 新增城镇就业 (核验) and closed 新建5G基站, 口袋公园 and 老旧小区
// as not delivered (未完成办结: only possible after the deadline, so always after the year);
// 高标准农田 was closed too, then reopened for figures sent late. December's report cannot hold
// those decisions; the whole year's (period=2023), made on 2024-02-01, does.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2024-02-01";

describe("the whole year's progress report (全年), made after the year", () => {
  let reportId: number;
  let viewer: Actor;
  let ids: Record<"jobs" | "stations" | "parks" | "housing" | "farmland", number>;

  beforeAll(async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    viewer = await actorFor({ role: "VIEWER" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新增城镇就业", targetValue: 5, unit: "万人", leadDepartmentId: dept.id },
      { indicator: "新建5G基站", targetValue: 2000, leadDepartmentId: dept.id },
      { indicator: "建成口袋公园", targetValue: 300, leadDepartmentId: dept.id },
      { indicator: "改造老旧小区", targetValue: 100, leadDepartmentId: dept.id },
      { indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: dept.id },
    ]);
    reportId = report.id;
    const [jobs, stations, parks, housing, farmland] = commitments;
    ids = { jobs: jobs.id, stations: stations.id, parks: parks.id, housing: housing.id, farmland: farmland.id };
    const approve = async (commitmentId: number, actualValue: number, percent: number) => {
      const update = await db.progressUpdate.create({
        data: { commitmentId, authorId: official.id, asOf: day("2023-12-31"), actualValue, percent, narrative: "全年完成情况", state: "APPROVED", reviewedAt: noon("2024-01-05") },
      });
      await db.commitment.update({ where: { id: commitmentId }, data: { latestPercent: percent, latestActual: actualValue, latestAsOf: day("2023-12-31"), latestUpdateId: update.id } });
    };
    await approve(jobs.id, 5.2, 100);
    await approve(stations.id, 1200, 60);
    await approve(parks.id, 200, 66.67);
    await approve(housing.id, 30, 30);
    await approve(farmland.id, 8, 72.73);
    const ok = { ok: true };
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version, note: "已核对人社部门台账" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: stations.id, version: stations.version, note: "全年建成1200个" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: parks.id, version: parks.version, note: "选址未落实" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: housing.id, version: housing.version, note: "资金未到位" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: farmland.id, version: farmland.version, note: "未达目标" })).toMatchObject(ok);
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: farmland.id, version: farmland.version + 1, note: "数据补报" })).toMatchObject(ok);
    // Dated back to January 2024, as the actions would have written them then.
    const dates: Record<number, [string, string | null]> = {
      [jobs.id]: ["2024-01-10", null],
      [stations.id]: ["2024-01-15", null],
      [parks.id]: ["2024-01-15", null],
      [housing.id]: ["2024-01-16", null],
      [farmland.id]: ["2024-01-18", "2024-01-25"],
    };
    for (const [id, [closed, reopened]] of Object.entries(dates)) {
      await db.commitmentClosure.updateMany({ where: { commitmentId: Number(id) }, data: { closedAt: noon(closed), reopenedAt: reopened && noon(reopened) } });
    }
    await db.commitment.update({ where: { id: jobs.id }, data: { verifiedAt: noon("2024-01-10") } });
    for (const id of [stations.id, parks.id]) await db.commitment.update({ where: { id }, data: { unmetAt: noon("2024-01-15") } });
    await db.commitment.update({ where: { id: housing.id }, data: { unmetAt: noon("2024-01-16") } });
  });

  const load = async (params: Record<string, string>, today = TODAY) => {
    const loaded = await loadProgressReport(viewer, { report: String(reportId), ...params }, today);
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };
  const itemsOf = (report: ProgressReport) => Object.fromEntries(report.departments.flatMap((d) => d.items).map((i) => [i.id, i]));

  it("reads the year's readings with the closings in force on the day it is made", async () => {
    const report = await load({ period: "2023" });
    expect([report.period.kind, report.period.start, report.end, report.closingsOn, report.period.previousEnd]).toEqual(["year", "2023-01-01", "2023-12-31", TODAY, "2022-12-31"]);
    expect(report.totals).toMatchObject({ total: 5, updates: 5, unmet: 3, completed: 1, overdue: 0 });
    const items = itemsOf(report);
    expect(items[ids.jobs]).toMatchObject({ lightNow: "VERIFIED", percentNow: 100, decision: { kind: "VERIFIED", day: "2024-01-10", note: "已核对人社部门台账" } });
    expect(items[ids.stations]).toMatchObject({ lightNow: "UNMET", percentNow: 60, decision: { kind: "UNMET", day: "2024-01-15", note: "全年建成1200个" } });
    expect(items[ids.housing].decision).toEqual({ kind: "UNMET", day: "2024-01-16", note: "资金未到位" });
    // Closed then reopened by the day it is made: open, its light judged on 12-31 (its deadline
    // day, not met: 进度滞后), as December's would judge it, and no decision stated.
    expect(items[ids.farmland]).toMatchObject({ lightNow: "BEHIND", decision: null });
    // 平均完成率 of the year's figures: (100 + 60 + 66.67 + 30 + 72.73) / 5.
    expect(report.meanPercent).toBeCloseTo(65.88, 6);
  });

  it("states the decisions, and the day its closings were read, in either language", async () => {
    const report = await load({ period: "2023" });
    const zh = progressReportViewModel(report, translator("zh"), TODAY);
    expect(zh.heading).toMatch(/目标任务2023年全年进展报告$/);
    expect(zh.range).toBe("统计区间：2023-01-01 至 2023-12-31，与上期（截至 2022-12-31）相比。");
    expect(zh.closings).toBe("办结、延期和调整情况截至 2024-02-01：含年度结束后作出的核验、未完成办结、撤销及批准的延期、调整；进展数据截至 2023-12-31。");
    expect(summaryLine(report, translator("zh"))).toContain("按未完成办结 3 项");
    const rows = Object.fromEntries(zh.departments.flatMap((d) => d.items).map((i) => [i.id, i]));
    expect(rows[ids.jobs]).toMatchObject({ lightLabel: "已核验" });
    expect(rows[ids.jobs].updates).toEqual(["2023-12-31：5.2万人（100%）。全年完成情况", "2024-01-10 核验：已核对人社部门台账"]);
    expect(rows[ids.parks].updates).toContain("2024-01-15 未完成办结：选址未落实");
    const en = progressReportViewModel(report, translator("en"), TODAY, "en");
    expect(en.heading).toMatch(/: progress in 2023 \(whole year\)$/);
    expect(en.closings).toBe("Closings, extensions and target adjustments as of 2024-02-01: verifications, closings as not delivered, withdrawals, extensions and adjustments decided after the year are included; progress figures up to 2023-12-31.");
  });

  it("is the report offered once the year is over; its December still reads the closings of its own end", async () => {
    expect((await load({})).period.key).toBe("2023");
    const december = await load({ period: "2023-12" });
    expect(december.totals).toMatchObject({ unmet: 0, completed: 1 });
    expect(itemsOf(december)[ids.jobs]).toMatchObject({ lightNow: "COMPLETED", decision: null });
    expect(progressReportViewModel(december, translator("zh"), TODAY).closings).toBeNull();
  });

  it("made during the year, is the year to date, its closings those of that day", async () => {
    const report = await load({ period: "2023" }, "2023-07-15");
    expect([report.end, report.closingsOn]).toEqual(["2023-07-15", "2023-07-15"]);
    expect(progressReportViewModel(report, translator("zh"), "2023-07-15").closings).toBeNull();
    expect(report.totals).toMatchObject({ unmet: 0, completed: 0, updates: 0 });
  });

  it("says the same in the Word document, downloaded without a period", async () => {
    vi.mocked(getCurrentActor).mockResolvedValue(viewer);
    const response = await GET(new Request(`http://localhost/api/exports/progress-report.docx?report=${reportId}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`filename="progress-report-2023-report-${reportId}.docx"`);
    const xml = await (await JSZip.loadAsync(await response.arrayBuffer())).file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    for (const said of [
      "2023年全年进展报告",
      `办结、延期和调整情况截至 ${todayIsoDay()}：含年度结束后作出的核验、未完成办结、撤销及批准的延期、调整；进展数据截至 2023-12-31。`,
      "按未完成办结 3 项",
      "2024-01-10 核验：已核对人社部门台账",
      "2024-01-15 未完成办结：全年建成1200个",
      "2024-01-16 未完成办结：资金未到位",
    ]) {
      expect(text).toContain(said);
    }
    expect(text).not.toContain("未达目标");
  });
});
