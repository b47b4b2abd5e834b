import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { formatPercent } from "@/lib/commitments/format-figures";
import { LEAGUE_SORTS, type LeagueSort } from "@/lib/dashboard/dashboard-params";
import { getGroupStats } from "@/lib/dashboard/get-group-stats";
import { translator, type Translate } from "@/lib/i18n/translate";
import { STATUS_LIGHTS } from "@/lib/progress/status-light";
import { reportName } from "@/lib/reports/report-name";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The summary sheet (汇总) the 督查 office sends up before the ledger's rows: per lead department,
// the commitments per status light, their number and 平均完成率. Whatever the filter, it counts
// exactly the rows below it — checked against the rows' own 牵头单位, 状态 and 完成率 columns.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));
const signIn = (actor: Actor) => vi.mocked(getCurrentActor).mockResolvedValue(actor);

const zh = translator("zh");
const FAR = "2099-12-31"; // a period not begun: no pace expected yet

interface Line {
  label: string;
  counts: number[];
  total: number;
  mean: number | string | null;
}

async function workbookOf(response: Response) {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

const texts = (row: ExcelJS.Row) => (row.values as ExcelJS.CellValue[]).slice(1);

/** The summary sheet read back: the lines above the table, its header, its lines and its total. */
function summaryOf(sheet: ExcelJS.Worksheet, t: Translate = zh) {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const at = rows.findIndex((r) => r.getCell(1).value === t("export.col.lead"));
  const end = rows.findIndex((r) => r.getCell(1).value === t("export.summary.total"));
  const line = (row: ExcelJS.Row): Line => {
    const [label, ...rest] = texts(row);
    return { label: String(label), counts: rest.slice(0, STATUS_LIGHTS.length) as number[], total: rest[STATUS_LIGHTS.length] as number, mean: (rest[STATUS_LIGHTS.length + 1] ?? null) as Line["mean"] };
  };
  return {
    above: rows.slice(0, at).map((r) => r.getCell(1).value),
    header: texts(rows[at]),
    lines: rows.slice(at + 1, end).map(line),
    total: line(rows[end]),
    meanCell: rows[end].getCell(STATUS_LIGHTS.length + 3),
  };
}

/** What the ledger's rows themselves say, per lead department in the order given, as the summary's lines. */
function linesOfRows(sheets: ExcelJS.Worksheet[], labels: string[], t: Translate = zh) {
  const by = new Map<string, { counts: number[]; percents: number[] }>();
  const lightNames = STATUS_LIGHTS.map((l) => t(`light.${l}`));
  for (const sheet of sheets) {
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const label = (row.getCell(13).value as string | null) ?? t("export.noLead");
      const entry = by.get(label) ?? { counts: STATUS_LIGHTS.map(() => 0), percents: [] };
      const light = lightNames.indexOf(row.getCell(19).value as string);
      entry.counts[light]++;
      // 平均完成率 as the dashboard's: withdrawn left out, nothing approved counting as 0.
      if (STATUS_LIGHTS[light] !== "WITHDRAWN") entry.percents.push(((row.getCell(17).value as number | null) ?? 0) * 100);
      by.set(label, entry);
    });
  }
  expect([...by.keys()].sort()).toEqual([...labels].sort());
  return labels.map((label) => {
    const { counts, percents } = by.get(label)!;
    return { label, counts, total: counts.reduce((a, b) => a + b, 0), mean: percents.length ? percents.reduce((a, b) => a + b, 0) / percents.length : null };
  });
}

function expectAgreement(summary: ReturnType<typeof summaryOf>, fromRows: ReturnType<typeof linesOfRows>) {
  expect(summary.lines.map(({ label, counts, total }) => ({ label, counts, total }))).toEqual(fromRows.map(({ label, counts, total }) => ({ label, counts, total })));
  summary.lines.forEach((line, i) => {
    const mean = fromRows[i].mean;
    if (mean === null) expect(line.mean).toBe("—");
    else expect(line.mean).toBeCloseTo(mean / 100, 4);
  });
  const sum = (pick: (l: Line) => number) => summary.lines.reduce((n, l) => n + pick(l), 0);
  expect(summary.total.counts).toEqual(STATUS_LIGHTS.map((_, i) => sum((l) => l.counts[i])));
  expect(summary.total.total).toBe(sum((l) => l.total));
}

describe("the ledger's summary sheet (汇总)", () => {
  let reportId: number;
  let heading: string;
  let a: { id: number; name: string };
  let b: { id: number; name: string };
  let c: { id: number; name: string };
  let viewer: Actor;
  const noLead = zh("export.noLead");

  beforeAll(async () => {
    [a, b, c] = [await department(), await department(), await department()];
    const today = todayIsoDay();
    const { report, commitments } = await reportWithCommitments([
      { indicator: "甲-逾期", deadline: "2023-06-30", leadDepartmentId: a.id },
      { indicator: "甲-完成", latestPercent: 100, leadDepartmentId: a.id },
      { indicator: "甲-核验", latestPercent: 100, leadDepartmentId: a.id },
      { indicator: "甲-未开始", deadline: FAR, leadDepartmentId: a.id, supportingDepartmentIds: [b.id] },
      { indicator: "乙-正常", kind: "MILESTONE", deadline: FAR, leadDepartmentId: b.id },
      // A ceiling is judged at once against its full target: 85% is 15 points short, at risk.
      { indicator: "乙-风险", comparator: "AT_MOST", latestPercent: 85, deadline: FAR, leadDepartmentId: b.id },
      { indicator: "乙-滞后", deadline: today, leadDepartmentId: b.id },
      { indicator: "乙-办结", latestPercent: 40, deadline: "2023-06-30", leadDepartmentId: b.id },
      { indicator: "乙-撤销", latestPercent: 80, leadDepartmentId: b.id },
      { indicator: "丙-逾期", kind: "MILESTONE", deadline: "2023-06-30", leadDepartmentId: c.id, supportingDepartmentIds: [a.id] },
      { indicator: "无牵头-逾期", latestPercent: 30, deadline: "2023-06-30" },
    ]);
    reportId = report.id;
    heading = `${reportName(report, "年")}督办台账汇总`;
    const status = async (i: number, to: "VERIFIED" | "UNMET" | "WITHDRAWN") => db.commitment.update({ where: { id: commitments[i].id }, data: { status: to } });
    await status(2, "VERIFIED");
    await status(7, "UNMET");
    await status(8, "WITHDRAWN");
    viewer = await actorFor({ role: "VIEWER" });
  });

  const xlsx = async (query: string, init?: RequestInit) => workbookOf(await getXlsx(new Request(`http://localhost/api/exports/commitments.xlsx?report=${reportId}${query}`, init)));

  it("comes first and counts each lead department's commitments per light, in the departments' order, those without a lead last, then the total", async () => {
    signIn(viewer);
    const workbook = await xlsx("");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "督办台账"]);
    const summary = summaryOf(workbook.worksheets[0]);
    expect(summary.above).toEqual([heading, "筛选条件：无（全部目标任务）", `导出日期：${todayIsoDay()}`]);
    expect(summary.header).toEqual(["牵头单位", "未开始", "进展正常", "存在风险", "进度滞后", "已逾期", "已完成", "已核验", "未完成办结", "已撤销", "任务数", "平均完成率"]);
    expect(summary.lines).toEqual([
      { label: a.name, counts: [1, 0, 0, 0, 1, 1, 1, 0, 0], total: 4, mean: 0.5 },
      { label: b.name, counts: [0, 1, 1, 1, 0, 0, 0, 1, 1], total: 5, mean: 0.3125 }, // 已撤销 left out of the mean
      { label: c.name, counts: [0, 0, 0, 0, 1, 0, 0, 0, 0], total: 1, mean: 0 },
      { label: noLead, counts: [0, 0, 0, 0, 1, 0, 0, 0, 0], total: 1, mean: 0.3 },
    ]);
    expect(summary.total).toEqual({ label: "合计", counts: [1, 1, 1, 1, 3, 1, 1, 1, 1], total: 11, mean: 0.355 });
    expect(summary.meanCell.numFmt).toBe("0.00%");
    expectAgreement(summary, linesOfRows(workbook.worksheets.slice(1), [a.name, b.name, c.name, noLead]));
  });

  it("states 平均完成率 as the dashboard's league table does, department by department", async () => {
    signIn(viewer);
    const summary = summaryOf((await xlsx("")).worksheets[0]);
    const today = todayIsoDay();
    const stats = await getGroupStats({ actor: viewer, reportId, asOf: today, today }, "department");
    // Unsorted, the league table lists the departments in their own order, as the summary does.
    expect(summary.lines.map((l) => [l.label, l.total, formatPercent((l.mean as number) * 100)])).toEqual(
      stats.map((s) => [s.name ?? noLead, s.total, formatPercent(s.meanPercent ?? 0)]),
    );
  });

  it("puts departments tied on the dashboard's league table in the order of its lines, whatever column the table is sorted by", async () => {
    // Created C, B, A: their names sort the other way round from their ids (the departments' order).
    const tag = Date.now().toString(36);
    const tied = [] as { id: number; name: string }[];
    for (const letter of ["C", "B", "A"]) tied.push(await db.department.create({ data: { name: `并列-${letter}-${tag}`, code: `T-TIE-${letter}-${tag}` } }));
    // One commitment each, none reported on, and one without a lead: every figure is the same.
    const { report } = await reportWithCommitments([...tied.map((d) => ({ indicator: `并列任务-${d.name}`, deadline: FAR, leadDepartmentId: d.id })), { indicator: `并列任务-无牵头-${tag}`, deadline: FAR }]);
    signIn(viewer);
    const summary = summaryOf((await workbookOf(await getXlsx(new Request(`http://localhost/api/exports/commitments.xlsx?report=${report.id}`)))).worksheets[0]);
    const ledgerOrder = summary.lines.map((l) => l.label);
    expect(ledgerOrder).toEqual([...tied.map((d) => d.name), noLead]);
    const today = todayIsoDay();
    const league = async (sort?: { sort: LeagueSort; dir: "asc" | "desc" }) =>
      (await getGroupStats({ actor: viewer, reportId: report.id, asOf: today, today }, "department", sort)).map((s) => s.name ?? noLead);
    expect(await league()).toEqual(ledgerOrder);
    for (const sort of LEAGUE_SORTS.filter((s) => s !== "name")) {
      for (const dir of ["asc", "desc"] as const) expect(await league({ sort, dir }), `${sort} ${dir}`).toEqual(ledgerOrder);
    }
    // Sorted by name there is no tie: A first, and no lead still last.
    expect(await league({ sort: "name", dir: "asc" })).toEqual([...tied.map((d) => d.name).reverse(), noLead]);
  });

  it("counts exactly the rows below it whatever filter is applied, and says the filter", async () => {
    signIn(viewer);
    const cases: { query: string; labels: string[]; filters?: string }[] = [
      { query: "&kind=NUMERIC", labels: [a.name, b.name, noLead], filters: "筛选条件：类型：数量指标" },
      // A department's list holds what it supports too: those rows count under their own lead.
      { query: `&department=${a.id}`, labels: [a.name, c.name], filters: `筛选条件：责任单位：${a.name}` },
      { query: "&status=OVERDUE", labels: [a.name, c.name, noLead], filters: "筛选条件：状态：已逾期" },
      { query: "&open=1&dueTo=2023-12-31", labels: [a.name, c.name, noLead], filters: "筛选条件：办结情况：未办结；完成时限：2023-12-31 及以前" },
      { query: `&dueFrom=${FAR}&sort=indicator&dir=desc`, labels: [a.name, b.name] },
      { query: "&q=逾期&sheets=section", labels: [a.name, c.name, noLead], filters: "筛选条件：关键词：“逾期”" },
      { query: `&department=${b.id}&sheets=department`, labels: [a.name, b.name] },
    ];
    for (const { query, labels, filters } of cases) {
      const workbook = await xlsx(query);
      const summary = summaryOf(workbook.worksheets[0]);
      if (filters) expect(summary.above[1], query).toBe(filters);
      expectAgreement(summary, linesOfRows(workbook.worksheets.slice(1), labels));
    }
  });

  it("gives the sheets per lead department in the summary's order, each as long as its line", async () => {
    signIn(viewer);
    const workbook = await xlsx("&sheets=department");
    const summary = summaryOf(workbook.worksheets[0]);
    expect(workbook.worksheets.slice(1).map((s) => [s.name, s.rowCount - 1])).toEqual(summary.lines.map((l) => [l.label, l.total]));
  });

  it("writes the total line alone, with no 平均完成率, when no commitment matches", async () => {
    signIn(viewer);
    const summary = summaryOf((await xlsx("&q=没有这样的指标")).worksheets[0]);
    expect(summary.lines).toEqual([]);
    expect(summary.total).toEqual({ label: "合计", counts: STATUS_LIGHTS.map(() => 0), total: 0, mean: "—" });
  });

  it("counts an official's commitments only, and says whose they are", async () => {
    signIn(await actorFor({ role: "OFFICIAL", departmentId: a.id }));
    const workbook = await xlsx("");
    const summary = summaryOf(workbook.worksheets[0]);
    expect(summary.above[2]).toBe(`本台账只含${a.name}牵头或配合的目标任务。`);
    expect(summary.total.total).toBe(5);
    expectAgreement(summary, linesOfRows(workbook.worksheets.slice(1), [a.name, c.name]));
  });

  it("is written in the reader's language", async () => {
    signIn(viewer);
    const en = translator("en");
    const workbook = await xlsx("&status=OVERDUE", { headers: { cookie: "duban-locale=en" } });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Ledger"]);
    const summary = summaryOf(workbook.worksheets[0], en);
    expect(summary.above.slice(1, 3)).toEqual(["Filters: Status: Overdue", `Exported on ${todayIsoDay()}`]);
    expect(summary.header).toEqual(["Lead department", ...STATUS_LIGHTS.map((l) => en(`light.${l}`)), "Commitments", "Mean completion"]);
    expect(summary.total.label).toBe("Total");
    expectAgreement(summary, linesOfRows(workbook.worksheets.slice(1), [a.name, c.name, en("export.noLead")], en));
  });

  it("keeps its name when a lead department is called 汇总 too: that department's sheet is numbered", async () => {
    const named = await db.department.upsert({ where: { name: "汇总" }, create: { name: "汇总", code: "T-SUMMARY-SHEET" }, update: {} });
    const { report } = await reportWithCommitments([{ indicator: "汇总单位的任务", leadDepartmentId: named.id }]);
    signIn(viewer);
    const response = await getXlsx(new Request(`http://localhost/api/exports/commitments.xlsx?report=${report.id}&sheets=department`));
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["汇总", "汇总 (2)"]);
    expect(summaryOf(workbook.worksheets[0]).lines).toEqual([{ label: "汇总", counts: [0, 0, 0, 0, 1, 0, 0, 0, 0], total: 1, mean: 0 }]);
  });
});
