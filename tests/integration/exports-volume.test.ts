import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { streamCommitmentsXlsx } from "@/lib/exports/stream-commitments-xlsx";
import { actorFor, db, reportWithCommitments } from "./support";

// 10,000 commitments, the size of a large city's ledger over several years: the export streams
// them in batches within the time and memory a download may take.
describe("a 10,000-row ledger export", () => {
  it("streams in under 3 s without holding the rows in memory", async () => {
    const { report, section } = await reportWithCommitments([{ indicator: "样本" }]);
    await db.$executeRaw`
      INSERT INTO "Commitment" ("reportId", "sectionId", "position", "kind", "indicator", "quote", "quoteStart", "quoteEnd",
        "targetValue", "unit", "comparator", "deadline", "deadlineStated", "originalTargetValue", "originalDeadline",
        "latestActual", "latestPercent", "latestAsOf", "updatedAt")
      SELECT ${report.id}, ${section.id}, n + 1, 'NUMERIC', '指标' || n, repeat('新增高标准农田11万亩，建设智慧农业示范区。', 4) || n, n * 100, n * 100 + 90,
        100, '个', 'AT_LEAST', DATE '2023-12-31', true, 100, DATE '2023-12-31', n % 100, n % 100, DATE '2023-06-30', now()
      FROM generate_series(1, 9999) AS n`;
    const viewer = await actorFor({ role: "VIEWER" });
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const started = performance.now();
    const stream = await streamCommitmentsXlsx(viewer, parseCommitmentFilters({ report: String(report.id) }), { today: "2023-07-15" });
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(new Uint8Array(read.value));
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(3000);
    expect(peak - rssBefore).toBeLessThan(150 * 1024 * 1024);
    const workbook = new ExcelJS.Workbook();
    const file = await new Blob(chunks).arrayBuffer();
    await workbook.xlsx.load(file);
    expect(workbook.worksheets[0].rowCount).toBe(10_001);
    console.info(`[volume] 10,000 rows: ${Math.round(elapsed)} ms, ${file.byteLength} bytes, RSS +${Math.round((peak - rssBefore) / 1048576)} MB (peak ${Math.round(peak / 1048576)} MB)`);
  }, 60_000);
});
