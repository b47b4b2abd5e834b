import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { executeAction } from "@/lib/actions/execute-action";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { progressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { translator } from "@/lib/i18n/translate";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { actorFor, db, department, reportWithCommitments } from "./support";

// 新增城镇就业 verified (核验) on 2023-08-20 and reopened on 10-10 when the figures were corrected;
// 新建5G基站 closed as not delivered (未完成办结) on 08-25, reopened on 09-20 for figures sent late
// and closed again on 11-15 with another note. The third quarter's report, built in January, says
// what was decided in the quarter as it was then: a reopening clears the decision from the row.
const noon = (day: string) => new Date(`${day}T04:00:00Z`);
const TODAY = "2024-01-15";

describe("a past period's decisions after a reopening", () => {
  let reportId: number;
  let viewer: Actor;
  let ids: { jobs: number; stations: number; parks: number };

  beforeAll(async () => {
    const dept = await department();
    const reviewer = await actorFor({ role: "REVIEWER" });
    const admin = await actorFor({ role: "ADMIN" });
    viewer = await actorFor({ role: "VIEWER" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新增城镇就业", targetValue: 5, unit: "万人", leadDepartmentId: dept.id, latestPercent: 100 },
      { indicator: "新建5G基站", targetValue: 2000, leadDepartmentId: dept.id, latestPercent: 60 },
      { indicator: "建成口袋公园", targetValue: 300, leadDepartmentId: dept.id },
    ]);
    reportId = report.id;
    const [jobs, stations, parks] = commitments;
    ids = { jobs: jobs.id, stations: stations.id, parks: parks.id };
    const ok = { ok: true };
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version, note: "已核对人社部门台账" })).toMatchObject(ok);
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version + 1, note: "台账数据更正" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: stations.id, version: stations.version, note: "选址未落实" })).toMatchObject(ok);
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: stations.id, version: stations.version + 1, note: "数据补报" })).toMatchObject(ok);
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: stations.id, version: stations.version + 2, note: "全年建成1200个" })).toMatchObject(ok);
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: parks.id, version: parks.version, reason: "规划调整" })).toMatchObject(ok);
    // Dated back to the year's days, as the actions would have written them then.
    const closings = await db.commitmentClosure.findMany({ where: { commitmentId: { in: Object.values(ids) } }, orderBy: { id: "asc" } });
    const dates: Record<number, [string, string | null]> = {};
    dates[closings[0].id] = ["2023-08-20", "2023-10-10"];
    dates[closings[1].id] = ["2023-08-25", "2023-09-20"];
    dates[closings[2].id] = ["2023-11-15", null];
    dates[closings[3].id] = ["2023-09-05", null];
    for (const [id, [closed, reopened]] of Object.entries(dates)) {
      await db.commitmentClosure.update({ where: { id: Number(id) }, data: { closedAt: noon(closed), reopenedAt: reopened && noon(reopened) } });
    }
  });

  const load = async (period: string) => {
    const loaded = await loadProgressReport(viewer, { report: String(reportId), period }, TODAY);
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };
  const itemsOf = async (period: string) => Object.fromEntries((await load(period)).departments.flatMap((d) => d.items).map((i) => [i.id, i]));

  it("keeps each closing's note with the closing, the withdrawal's reason too", async () => {
    const closings = await db.commitmentClosure.findMany({ where: { commitmentId: { in: Object.values(ids) } }, orderBy: { id: "asc" } });
    expect(closings.map((k) => [k.commitmentId, k.status, k.note])).toEqual([
      [ids.jobs, "VERIFIED", "已核对人社部门台账"],
      [ids.stations, "UNMET", "选址未落实"],
      [ids.stations, "UNMET", "全年建成1200个"],
      [ids.parks, "WITHDRAWN", "规划调整"],
    ]);
  });

  it("states a verification of the quarter reopened since, with its day and note", async () => {
    const items = await itemsOf("2023-Q3");
    expect(items[ids.jobs].decision).toEqual({ kind: "VERIFIED", day: "2023-08-20", note: "已核对人社部门台账" });
    // Closed in August, reopened in September: nothing stood at the quarter's end.
    expect(items[ids.stations].decision).toBeNull();
    const view = progressReportViewModel(await load("2023-Q3"), translator("zh"), TODAY);
    const jobs = view.departments.flatMap((d) => d.items).find((i) => i.indicator.endsWith("新增城镇就业"))!;
    expect(jobs.updates).toContain("2023-08-20 核验：已核对人社部门台账");
  });

  it("states the closing that stood at each period's end, not the row's latest", async () => {
    const august = await itemsOf("2023-08");
    expect(august[ids.stations].decision).toEqual({ kind: "UNMET", day: "2023-08-25", note: "选址未落实" });
    expect(august[ids.jobs].decision).toEqual({ kind: "VERIFIED", day: "2023-08-20", note: "已核对人社部门台账" });
    const q4 = await itemsOf("2023-Q4");
    expect(q4[ids.stations].decision).toEqual({ kind: "UNMET", day: "2023-11-15", note: "全年建成1200个" });
    expect(q4[ids.jobs].decision).toBeNull();
  });
});
