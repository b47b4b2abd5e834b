import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { actorFor, db, reportWithCommitments } from "./support";

// The ledger's target, read back from the files a user downloads: the whole target as the app
// writes it, the comparison in words, the figures as numbers — the same in the CSV and in Excel.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const TARGET_COLUMNS = { zh: ["目标", "比较方式", "目标值", "下限", "上限", "单位"], en: ["Target", "Comparison", "Target figure", "Lower bound", "Upper bound", "Unit"] };

describe("the ledger's target columns (台账 Excel and CSV)", () => {
  let reportId: number;
  let viewer: Actor;

  beforeAll(async () => {
    // Luoyang 2023 二: a growth rate, a level to hold, a planned fall, a range; and a milestone.
    const { report, commitments } = await reportWithCommitments([
      { indicator: "规模以上工业增加值", comparator: "GROWTH", targetValue: 7, unit: "%" },
      { indicator: "空气质量优良天数比例", comparator: "AT_LEAST", targetValue: 97, unit: "%" },
      { indicator: "单位生产总值能耗", comparator: "GROWTH", targetValue: -3, unit: "%" },
      { indicator: "居民人均可支配收入", comparator: "RANGE", targetValue: null, targetMin: 5, targetMax: 8, unit: "%" },
      { indicator: "公交集团股权划转", kind: "MILESTONE" },
    ]);
    reportId = report.id;
    // The report's words for the fall ("降低3%"), as the extractor would have stored them.
    await db.commitment.update({ where: { id: commitments[2].id }, data: { quote: "单位生产总值能耗降低3%" } });
    viewer = await actorFor({ role: "VIEWER" });
    vi.mocked(getCurrentActor).mockResolvedValue(viewer);
  });

  const request = (path: string, english = false) =>
    new Request(`http://localhost/api/exports/${path}?report=${reportId}`, english ? { headers: { cookie: "duban-locale=en" } } : {});

  async function xlsxTargets(english = false) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await getXlsx(request("commitments.xlsx", english))).arrayBuffer());
    const sheet = workbook.worksheets[1];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const from = header.indexOf(english ? "Target" : "目标");
    const rows = [];
    // A row's values are a sparse array (an empty cell is a hole): read each of the six.
    for (let n = 1; n <= sheet.rowCount; n++) rows.push(Array.from({ length: 6 }, (_, i) => sheet.getRow(n).getCell(1 + from + i).value ?? null));
    return rows;
  }

  async function csvTargets(english = false) {
    const text = new TextDecoder().decode(new Uint8Array(await (await getCsv(request("commitments.csv", english))).arrayBuffer()).slice(3));
    // None of these rows' fields holds a comma or a quote: a split is the CSV's reading.
    const lines = text.split("\r\n").filter(Boolean).map((l) => l.split(","));
    const from = lines[0].indexOf(english ? "Target" : "目标");
    return lines.map((l) => l.slice(from, from + 6));
  }

  it("writes the whole target, its comparison and its figures as numbers in Excel", async () => {
    expect(await xlsxTargets()).toEqual([
      TARGET_COLUMNS.zh,
      ["增长 7%", "增长", 7, null, null, "%"],
      ["≥ 97%", "不低于", 97, null, null, "%"],
      ["下降 3%", "下降", -3, null, null, "%"],
      ["5–8%", "区间", null, 5, 8, "%"],
      ["节点任务", null, null, null, null, null],
    ]);
  });

  it("writes the same in the CSV, and in English for an English reader", async () => {
    const asCsv = (rows: unknown[][]) => rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
    expect(await csvTargets()).toEqual(asCsv(await xlsxTargets()));
    const english = await xlsxTargets(true);
    expect(english).toEqual([
      TARGET_COLUMNS.en,
      ["up 7%", "growth", 7, null, null, "%"],
      ["≥ 97%", "at least", 97, null, null, "%"],
      ["down 3%", "fall", -3, null, null, "%"],
      ["5–8%", "range", null, 5, 8, "%"],
      ["Milestone", null, null, null, null, null],
    ]);
    expect(await csvTargets(true)).toEqual(asCsv(english));
  });

  it("leaves the figures as plain numbers in Excel: no comparator hidden in a number format", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await getXlsx(request("commitments.xlsx"))).arrayBuffer());
    const growth = workbook.worksheets[1].getRow(2);
    expect(growth.getCell(8).value).toBe(7);
    expect(growth.getCell(8).numFmt ?? "General").toBe("General");
  });
});
