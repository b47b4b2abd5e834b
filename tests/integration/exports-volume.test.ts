import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { streamCommitmentsXlsx } from "@/lib/exports/stream-commitments-xlsx";
import { actorFor, db, reportWithCommitments } from "./support";

// Enough commitments to span several of the export's batches: every row arrives, in order, in
// one well-formed workbook. (Its speed and memory are measured by `npm run bench`, not here.)
describe("a ledger export larger than one batch", () => {
  it("streams every row across batches into one workbook", async () => {
    const { report, section } = await reportWithCommitments([{ indicator: "样本" }]);
    // An old year, so "the newest report" (public page, dashboard default) is never this one.
    await db.report.update({ where: { id: report.id }, data: { year: 2000 } });
    await db.$executeRaw`
      INSERT INTO "Commitment" ("reportId", "sectionId", "position", "kind", "indicator", "quote", "quoteStart", "quoteEnd",
        "targetValue", "unit", "comparator", "deadline", "deadlineStated", "originalTargetValue", "originalDeadline",
        "latestActual", "latestPercent", "latestAsOf", "updatedAt")
      SELECT ${report.id}, ${section.id}, n + 1, 'NUMERIC', '指标' || n, repeat('推进数字政府建设，完善一体化政务服务平台。', 4) || n, n * 100, n * 100 + 90,
        100, '个', 'AT_LEAST', DATE '2023-12-31', true, 100, DATE '2023-12-31', n % 100, n % 100, DATE '2023-06-30', now()
      FROM generate_series(1, 2499) AS n`;
    const viewer = await actorFor({ role: "VIEWER" });
    const stream = await streamCommitmentsXlsx(viewer, parseCommitmentFilters({ report: String(report.id) }), { today: "2023-07-15", report });
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(new Uint8Array(read.value));
    const workbook = new ExcelJS.Workbook();
    const file = await new Blob(chunks).arrayBuffer();
    await workbook.xlsx.load(file);
    expect(workbook.worksheets[1].rowCount).toBe(2_501);
    const indicators = workbook.worksheets[1].getColumn(4).values.slice(3, 6);
    expect(indicators).toEqual(["指标1", "指标2", "指标3"]);
    // The writer shares one style object per column and format (exceljs would render each cell's
    // own): rows of the first and the last batch still carry their column's layout and formats.
    for (const n of [3, 1_500, 2_501]) {
      const row = workbook.worksheets[1].getRow(n);
      expect(row.getCell(5).alignment).toEqual({ vertical: "top", wrapText: true });
      expect(row.getCell(1).alignment).toEqual({ vertical: "top" });
      expect(row.getCell(8).value).toBe(100); // 目标值, a bare number: 比较方式 says ≥
      expect(row.getCell(12).numFmt).toBe("yyyy-mm-dd");
      expect(row.getCell(22).numFmt).toBe("yyyy-mm-dd hh:mm");
      expect(row.font).toBeUndefined();
    }
    expect(workbook.worksheets[1].getRow(1).font).toMatchObject({ bold: true });
  }, 60_000);
});
