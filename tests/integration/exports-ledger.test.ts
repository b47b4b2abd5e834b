import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { EXPORT_COLUMNS } from "@/lib/exports/export-columns";
import { prepareExportRows } from "@/lib/exports/export-rows";
import { translator } from "@/lib/i18n/translate";
import { reportName } from "@/lib/reports/report-name";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The session is the one thing mocked: the route handlers, the SQL and exceljs are real.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));
const signIn = (actor: Actor | null) => vi.mocked(getCurrentActor).mockResolvedValue(actor);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe("the ledger exports (台账)", () => {
  let reportId: number;
  let reportLabel: string;
  let reportRow: { year: number; title: string; issuer: string };
  let lead: { id: number; name: string };
  let other: { id: number; name: string };
  let viewer: Actor;
  let official: Actor;

  beforeAll(async () => {
    [lead, other] = [await department(), await department()];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新增高标准农田", targetValue: 11, deadline: "2023-06-30", leadDepartmentId: lead.id },
      { indicator: "=HYPERLINK(\"http://evil\")", targetValue: 5, leadDepartmentId: other.id },
      { indicator: "完成股权划转", kind: "MILESTONE", deadline: "2023-06-30", leadDepartmentId: other.id },
    ]);
    reportId = report.id;
    reportLabel = reportName(report);
    reportRow = report;
    const [farmland, evil] = commitments;
    viewer = await actorFor({ role: "VIEWER" });
    official = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    await db.commitment.update({ where: { id: farmland.id }, data: { quote: "新增高标准农田11万亩，\"建设\"\n农田", unit: "万亩", comparator: "AT_LEAST" } });
    await db.commitmentSupport.create({ data: { commitmentId: farmland.id, departmentId: other.id } });
    const approved = await db.progressUpdate.create({
      data: { commitmentId: farmland.id, authorId: official.id, asOf: day("2023-05-31"), actualValue: 5.5, percent: 50, narrative: "已完成5.5万亩", state: "APPROVED", reviewedAt: new Date() },
    });
    await db.commitment.update({
      where: { id: farmland.id },
      data: { latestActual: 5.5, latestPercent: 50, latestAsOf: day("2023-05-31"), latestUpdateId: approved.id },
    });
    await db.progressUpdate.create({ data: { commitmentId: evil.id, authorId: official.id, asOf: day("2023-05-31"), actualValue: 1, narrative: "-1+1", state: "SUBMITTED" } });
    // A second section, to see one sheet per section.
    const second = await db.section.create({ data: { reportId, code: "三(二)", part: "三", title: "改革开放", order: 2, start: 0, end: 1 } });
    await db.commitment.update({ where: { id: commitments[2].id }, data: { sectionId: second.id } });
  });

  const url = (path: string, query: string) => new Request(`http://localhost/api/exports/${path}?report=${reportId}${query}`);

  it("writes one row per commitment of the list, typed, under Chinese headers and a frozen header row", async () => {
    signIn(viewer);
    const response = await getXlsx(url("commitments.xlsx", ""));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="duban-report-${reportId}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"; filename\\*=UTF-8''%E7%9D%A3%E5%8A%9E%E5%8F%B0%E8%B4%A6-`));
    const workbook = await workbookOf(response);
    // The summary (汇总) first, then the rows.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "督办台账"]);
    const sheet = workbook.worksheets[1];
    expect(sheet.name).toBe("督办台账");
    expect(workbook.creator).toBe("督办");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(rowValues(sheet, 1)).toEqual(["序号", "所属报告", "所属部分", "指标", "任务内容（原文）", "目标", "比较方式", "目标值", "下限", "上限", "单位", "完成时限", "牵头单位", "配合单位", "最新已审核进展", "已审核实际值", "完成率", "已审核数据截至日期", "状态", "最近一次报送状态", "最近一次报送的数据截至日期", "更新时间", "调整记录", "督查意见"]);
    expect(sheet.rowCount).toBe(4);
    const farmland = sheet.getRow(2);
    expect(rowValues(sheet, 2).slice(0, 17)).toEqual([
      1, reportLabel, "三(一) 测试", "新增高标准农田", "新增高标准农田11万亩，\"建设\"\n农田", "≥ 11万亩", "不低于", 11, undefined, undefined, "万亩", day("2023-06-30"), lead.name, other.name, "已完成5.5万亩", 5.5, 0.5,
    ]);
    expect(farmland.getCell(17).numFmt).toBe("0.00%");
    expect(farmland.getCell(5).alignment).toMatchObject({ wrapText: true });
    // The day the figures describe, beside them; none for a commitment without approved figures.
    expect(farmland.getCell(18).value).toEqual(day("2023-05-31"));
    expect(farmland.getCell(18).numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getRow(3).getCell(18).value).toBeNull();
    expect(farmland.getCell(20).value).toBe("已通过");
    expect(farmland.getCell(21).value).toEqual(day("2023-05-31"));
    expect(farmland.getCell(22).value).toBeInstanceOf(Date);
    expect(sheet.getRow(3).getCell(20).value).toBe("待审核");
    expect(sheet.getRow(4).getCell(6).value).toBe("节点任务");
    expect(sheet.getRow(4).getCell(20).value).toBe("未报送");
    expect(typeof sheet.getRow(4).getCell(19).value).toBe("string");
  });

  it("makes one sheet per section or per lead department on request", async () => {
    signIn(viewer);
    const bySection = await workbookOf(await getXlsx(url("commitments.xlsx", "&sheets=section")));
    expect(bySection.worksheets.map((s) => s.name)).toEqual(["汇总", "三(一) 测试", "三(二) 改革开放"]);
    expect(bySection.worksheets.slice(1).map((s) => s.rowCount)).toEqual([3, 2]);
    expect(bySection.worksheets[2].views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(bySection.worksheets[2].getRow(2).getCell(1).value).toBe(1); // 序号 restarts per sheet
    const byDepartment = await workbookOf(await getXlsx(url("commitments.xlsx", "&sheets=department")));
    expect(byDepartment.worksheets.map((s) => s.name)).toEqual(["汇总", lead.name, other.name]);
  });

  it("gives an official only their department's rows, lead or supporting, as the list does", async () => {
    const outsider = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    signIn(outsider);
    expect((await workbookOf(await getXlsx(url("commitments.xlsx", "")))).worksheets[1].rowCount).toBe(1);
    signIn(official);
    const sheet = (await workbookOf(await getXlsx(url("commitments.xlsx", "")))).worksheets[1];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(4).value).toBe("新增高标准农田");
  });

  it("applies the list's filters", async () => {
    signIn(viewer);
    const sheet = (await workbookOf(await getXlsx(url("commitments.xlsx", "&q=农田&page=9&size=20")))).worksheets[1];
    expect(sheet.rowCount).toBe(2); // paging is ignored: the export is every page
  });

  it("reads the list's rows in its order, batch after batch", async () => {
    for (const query of [{ sort: "indicator", dir: "desc" }, { sort: "department" }, { status: "BEHIND" }]) {
      const filters = parseCommitmentFilters({ report: String(reportId), ...query });
      const listed = (await listCommitments(viewer, filters, "2023-07-15")).rows.map((r) => r.id);
      const exported: number[] = [];
      for await (const batch of (await prepareExportRows(viewer, filters, "2023-07-15", { batchSize: 1 })).batches()) exported.push(...batch.map((r) => r.id));
      expect(exported).toEqual(listed);
    }
  });

  it("writes CSV with a BOM, RFC 4180 quoting and no formula that could run", async () => {
    signIn(viewer);
    const response = await getCsv(url("commitments.csv", ""));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("序号,所属报告,所属部分,指标,任务内容（原文）,目标,比较方式,目标值,下限,上限,单位,完成时限,牵头单位,配合单位,最新已审核进展,已审核实际值,完成率,已审核数据截至日期,状态,最近一次报送状态,最近一次报送的数据截至日期,更新时间,调整记录,督查意见");
    expect(text).toContain(`1,${reportLabel},三(一) 测试,新增高标准农田,"新增高标准农田11万亩，""建设""\n农田",≥ 11万亩,不低于,11,,,万亩,2023-06-30,${lead.name},${other.name},已完成5.5万亩,5.5,50%,2023-05-31,`);
    expect(text).toContain(`2,${reportLabel},三(一) 测试,"'=HYPERLINK(""http://evil"")",`);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("is written in the reader's language: English headers, lights and comparators from an English page", async () => {
    signIn(viewer);
    const english = (path: string) => new Request(`http://localhost/api/exports/${path}?report=${reportId}`, { headers: { cookie: "other=1; duban-locale=en" } });
    const csv = await getCsv(english("commitments.csv"));
    const lines = new TextDecoder().decode(new Uint8Array(await csv.arrayBuffer()).slice(3)).split("\r\n");
    expect(lines[0]).toBe(EXPORT_COLUMNS.map((c) => translator("en")(c.header)).join(","));
    expect(lines[0]).not.toMatch(/[\u4e00-\u9fff]/);
    // Named by its report in English too (the report's own name, in the UTF-8 name); only the ASCII fallback by its number.
    const disposition = csv.headers.get("content-disposition") ?? "";
    const englishName = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? "");
    expect(englishName.startsWith(`duban-${reportName(reportRow, "年")}-`)).toBe(true);
    expect(englishName).toMatch(/-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(disposition).toMatch(new RegExp(`filename="duban-report-${reportId}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const workbook = await workbookOf(await getXlsx(english("commitments.xlsx")));
    expect(workbook.creator).toBe("Duban");
    const sheet = workbook.worksheets[1];
    // Every cell Duban wrote (not the report's own words) is English: the light, the review state.
    expect([sheet.getRow(2).getCell(7).text, sheet.getRow(2).getCell(19).text, sheet.getRow(2).getCell(20).text].join(" ")).not.toMatch(/[\u4e00-\u9fff]/);
    expect(sheet.getRow(2).getCell(7).value).toBe("at least");
    signIn(null);
    expect(await (await getXlsx(english("commitments.xlsx"))).json()).toEqual({ error: translator("en")("export.error.unauthenticated") });
  });

  it("refuses the anonymous and a query it does not understand, in Chinese and without a trace", async () => {
    signIn(null);
    const anonymous = await getXlsx(url("commitments.xlsx", ""));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "登录已失效，请重新登录后再导出。" });
    signIn(viewer);
    const bad = await getCsv(url("commitments.csv", "&sheets=everything"));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/sheets/);
  });
});
