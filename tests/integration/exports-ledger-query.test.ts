import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { GET as getDocx } from "@/app/api/exports/progress-report.docx/route";
import { reportName } from "@/lib/reports/report-name";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, reportWithCommitments } from "./support";

// A ledger link whose filter cannot be read (report=abc, a status mistyped) is refused, rather
// than read as no filter and every report's commitments handed on; a ledger of one report is
// named after it, as the Word report is.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost/api/exports/${path}`, { headers });
const fileName = (response: Response) => decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "");
const fallback = (response: Response) => /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];

describe("the ledger's address", () => {
  let report: { id: number; year: number; title: string; issuer: string };

  beforeAll(async () => {
    ({ report } = await reportWithCommitments([{ indicator: "新增高标准农田", targetValue: 11, unit: "万亩" }]));
    vi.mocked(getCurrentActor).mockResolvedValue(await actorFor({ role: "VIEWER" }));
  });

  it("refuses a report it cannot read with a 400 in Chinese, in Excel, CSV and Word alike", async () => {
    for (const response of [await getXlsx(request("commitments.xlsx?report=abc")), await getCsv(request("commitments.csv?report=abc")), await getDocx(request("progress-report.docx?report=abc&period=2023-06"))]) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "导出链接中的工作报告编号（report）无法识别，未导出任何数据：请回到目标任务列表选择工作报告后重新导出。" });
    }
  });

  it("refuses any other filter it cannot read, naming it, in the reader's language", async () => {
    const response = await getXlsx(request(`commitments.xlsx?report=${report.id}&status=LATE`));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("导出链接中的筛选条件 status 无法识别，未导出任何数据：请回到目标任务列表重新选择筛选条件后导出。");
    const english = await getCsv(request(`commitments.csv?report=${report.id}&dueFrom=2023-13-01`, { cookie: "duban-locale=en" }));
    expect([english.status, (await english.json()).error]).toEqual([400, "The filter dueFrom in the export link cannot be read, so nothing was exported: choose the filters again on the commitments list and export from there."]);
    // An empty filter is no filter, and the list's paging and order are not filters at all.
    expect((await getXlsx(request(`commitments.xlsx?report=${report.id}&status=&sort=nonsense&page=x`))).status).toBe(200);
  });

  it("refuses a report that does not exist, as the Word report does", async () => {
    const response = await getXlsx(request("commitments.xlsx?report=2147483000"));
    expect([response.status, (await response.json()).error]).toEqual([404, "未找到该工作报告，或尚未导入工作报告。"]);
  });

  it("names the file after the chosen report, with an ASCII fallback", async () => {
    const today = todayIsoDay();
    const name = reportName(report, "年");
    const xlsx = await getXlsx(request(`commitments.xlsx?report=${report.id}`));
    expect(xlsx.status).toBe(200);
    expect(fileName(xlsx)).toBe(`督办台账-${name}-${today}.xlsx`);
    expect(fallback(xlsx)).toBe(`duban-report-${report.id}-${today}.xlsx`);
    const bySection = await getXlsx(request(`commitments.xlsx?report=${report.id}&sheets=section`));
    expect([fileName(bySection), fallback(bySection)]).toEqual([`督办台账-按部分-${name}-${today}.xlsx`, `duban-by-section-report-${report.id}-${today}.xlsx`]);
    const csv = await getCsv(request(`commitments.csv?report=${report.id}`));
    expect(fileName(csv)).toBe(`督办台账-${name}-${today}.csv`);
    // A ledger of every report is named as before.
    expect(fileName(await getCsv(request("commitments.csv")))).toBe(`督办台账-${today}.csv`);
  });
});
