import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { executeAction } from "@/lib/actions/execute-action";
import { GET } from "@/app/api/exports/progress-report.docx/route";
import { approveChangeRequest } from "@/lib/change-requests/approve-change-request";
import { requestChange } from "@/lib/change-requests/request-change";
import type { ProgressReport } from "@/lib/exports/build-progress-report";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { progressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { translator } from "@/lib/i18n/translate";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { seedReportWithCommitments } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department } from "./support";

// QA: targets adjusted (调整) after the report's year, and a reading corrected on its own day, as
// the progress report of that year states them. Everything goes through the actions, today: the
// year is last year, over, so its whole-year report reads the office's decisions of today.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const YEAR = Number(todayIsoDay().slice(0, 4)) - 1;
const TODAY = todayIsoDay();

type Ids = Record<"villages" | "stations" | "parks" | "farmland", number>;

describe("the progress report of a year whose targets were adjusted after it", () => {
  let reportId: number;
  let viewer: Actor;
  const ids = {} as Ids;

  beforeAll(async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    viewer = await actorFor({ role: "VIEWER" });
    const { report, commitments } = await seedReportWithCommitments(
      db,
      [
        { indicator: "“一村一品”省级示范村", targetValue: 15, leadDepartmentId: dept.id },
        { indicator: "新建5G基站", targetValue: 2000, leadDepartmentId: dept.id },
        // A two-year target: read again this year, before its 调整.
        { indicator: "建成口袋公园", targetValue: 300, deadline: `${YEAR + 1}-12-31`, leadDepartmentId: dept.id },
        { indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: dept.id },
      ],
      { year: YEAR },
    );
    reportId = report.id;
    [ids.villages, ids.stations, ids.parks, ids.farmland] = commitments.map((c) => c.id);

    const ok = <T,>(result: { ok: true; data: T } | { ok: false; message: string }): T => {
      if (!result.ok) throw new Error(result.message);
      return result.data;
    };
    const submit = async (commitmentId: number, asOf: string, actualValue: string, narrative: string) =>
      ok(await executeAction(submitUpdate, official, { commitmentId, asOf, actualValue, narrative })).updateId;
    const approve = async (updateId: number) => ok(await executeAction(approveUpdate, reviewer, { updateId }));
    const adjust = async (commitmentId: number, proposedValue: string) => {
      const { changeRequestId } = ok(await executeAction(requestChange, official, { commitmentId: String(commitmentId), kind: "ADJUST_TARGET", proposedValue, reason: "资金缩减" }));
      ok(await executeAction(approveChangeRequest, reviewer, { changeRequestId }));
    };

    // Lowered from 15 to 12 first; then 13 reported as of 12-31 and approved: 100% of 12.
    await adjust(ids.villages, "12");
    await approve(await submit(ids.villages, `${YEAR}-12-31`, "13", "全年建成13个"));
    // 1200 approved as of 12-31 (60% of 2000); then lowered to 1500, which re-measures it: 80%.
    await approve(await submit(ids.stations, `${YEAR}-12-31`, "1200", "全年建成1200个"));
    await adjust(ids.stations, "1500");
    // 150 as of 12-31 (50% of 300), 200 as of today; lowered to 250 after both: it re-measures
    // today's reading, not the year's.
    await approve(await submit(ids.parks, `${YEAR}-12-31`, "150", "年底建成150个"));
    await approve(await submit(ids.parks, TODAY, "200", "已建成200个"));
    await adjust(ids.parks, "250");
    // 5.5万亩 reported for 06-30, then corrected to 11.8 for the same day; the correction is
    // approved first, the first reading after it: the one sent later stands all the same.
    const first = await submit(ids.farmland, `${YEAR}-06-30`, "5.5", "上半年完成5.5万亩");
    const correction = await submit(ids.farmland, `${YEAR}-06-30`, "11.8", "更正：上半年完成11.8万亩");
    await approve(correction);
    await approve(first);
  });

  const load = async (period: string) => {
    const loaded = await loadProgressReport(viewer, { report: String(reportId), period }, TODAY);
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };
  const itemsOf = (report: ProgressReport) => Object.fromEntries(report.departments.flatMap((d) => d.items).map((i) => [i.id, i]));
  const rowsOf = (report: ProgressReport, locale: "zh" | "en" = "zh") =>
    Object.fromEntries(progressReportViewModel(report, translator(locale), TODAY, locale).departments.flatMap((d) => d.items).map((i) => [i.id, i]));

  it("states, for the whole year, the target in force on the day it is made and the 调整 that set it, with its day", async () => {
    const report = await load(String(YEAR));
    expect(report.closingsOn).toBe(TODAY);
    const rows = rowsOf(report);
    expect(rows[ids.villages]).toMatchObject({
      target: ["≥ 12个", `期末后${TODAY} 调整：≥ 15个 → ≥ 12个（本报告按此计算）`],
      lightLabel: "已完成",
      percentChange: "— → 100%",
      updates: [`${YEAR}-12-31：13个（100%）。全年建成13个`],
    });
    // Re-measured by the 调整: its percent, its line and its target agree.
    expect(itemsOf(report)[ids.stations]).toMatchObject({ percentNow: 80, targetValue: "1500.0000" });
    expect(rows[ids.stations]).toMatchObject({
      target: ["≥ 1500个", `期末后${TODAY} 调整：≥ 2000个 → ≥ 1500个（本报告按此计算）`],
      updates: [`${YEAR}-12-31：1200个（80%）。全年建成1200个`],
    });
    // The 调整 re-measured a later reading: the year's figure is still 50% of 300, and says so.
    expect(itemsOf(report)[ids.parks]).toMatchObject({ percentNow: 50, targetValue: "300.0000" });
    expect(rows[ids.parks].target).toEqual(["≥ 300个", `期末后${TODAY} 调整：≥ 300个 → ≥ 250个（本报告未按此计算）`]);
    expect(rows[ids.parks].updates).toEqual([`${YEAR}-12-31：150个（50%）。年底建成150个`]);
    expect(rowsOf(report, "en")[ids.villages].target).toEqual(["≥ 12", `After the period: ${TODAY} target adjusted: ≥ 15 → ≥ 12 (applied in this report)`]);
  });

  it("states, for a month over before the 调整, the target of its end, unless its figure was approved under the new one", async () => {
    const rows = rowsOf(await load(`${YEAR}-12`));
    // 13 was approved against 12: that is its target, though the 调整 came after December.
    expect(rows[ids.villages]).toMatchObject({ target: ["≥ 12个", `期末后${TODAY} 调整：≥ 15个 → ≥ 12个（本报告按此计算）`], lightLabel: "已完成" });
    // 1200 was approved against 2000, re-measured only after December: 60%, behind.
    expect(rows[ids.stations]).toMatchObject({
      target: ["≥ 2000个", `期末后${TODAY} 调整：≥ 2000个 → ≥ 1500个（本报告未按此计算）`],
      percentChange: "— → 60%",
      updates: [`${YEAR}-12-31：1200个（60%）。全年建成1200个`],
    });
  });

  it("lists only the reading that counts for a day: the one sent later", async () => {
    for (const period of [String(YEAR), `${YEAR}-Q2`, `${YEAR}-06`]) {
      const report = await load(period);
      expect(rowsOf(report)[ids.farmland].updates).toEqual([`${YEAR}-06-30：11.8万亩（100%）。更正：上半年完成11.8万亩`]);
      expect(itemsOf(report)[ids.farmland].percentNow).toBe(100);
    }
    // And counts it once.
    expect((await load(`${YEAR}-Q2`)).totals.updates).toBe(1);
  });

  it("says the same in the Word document", async () => {
    vi.mocked(getCurrentActor).mockResolvedValue(viewer);
    const response = await GET(new Request(`http://localhost/api/exports/progress-report.docx?report=${reportId}&period=${YEAR}`));
    expect(response.status).toBe(200);
    const text = (await (await JSZip.loadAsync(await response.arrayBuffer())).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain(`期末后${TODAY} 调整：≥ 15个 → ≥ 12个（本报告按此计算）`);
    expect(text).toContain(`${YEAR}-12-31：13个（100%）`);
    expect(text).toContain(`${YEAR}-06-30：11.8万亩（100%）`);
    expect(text).not.toContain("5.5万亩");
    expect(text).not.toMatch(/≥ 15个(?! →)/);
  });
});
