// The xlsx export of every commitment: wall time of the download and the server's memory while
// it runs (VmRSS of the next-server process tree sampled every 50 ms, plus VmHWM afterwards).
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { processTree, procStatusKb } from "./start-server";

export const EXPORT_PATH = "/api/exports/commitments.xlsx";

export interface ExportResult {
  status: "measured" | "not built yet" | "failed";
  note?: string;
  runs: { seconds: number; bytes: number; peakRssMB: number }[];
  rows?: number;
  baselineRssMB: number;
  peakRssMB: number;
  hwmMB: number;
}

const rssMB = (pid: number) => processTree(pid).reduce((s, p) => s + procStatusKb(p, "VmRSS"), 0) / 1024;

export async function measureExport(base: string, pid: number, cookie: string, runs = 3): Promise<ExportResult> {
  const baselineRssMB = rssMB(pid);
  const result: ExportResult = { status: "measured", runs: [], baselineRssMB: Math.round(baselineRssMB), peakRssMB: 0, hwmMB: 0 };
  let last: Buffer | null = null;
  for (let i = 0; i < runs; i++) {
    let peak = rssMB(pid);
    const timer = setInterval(() => (peak = Math.max(peak, rssMB(pid))), 50);
    const started = performance.now();
    try {
      const response = await fetch(`${base}${EXPORT_PATH}`, { headers: { cookie } });
      if (response.status === 404) return { ...result, status: "not built yet", note: `GET ${EXPORT_PATH} answered 404` };
      if (!response.ok) return { ...result, status: "failed", note: `GET ${EXPORT_PATH} answered ${response.status}` };
      last = Buffer.from(await response.arrayBuffer());
    } finally {
      clearInterval(timer);
    }
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, rssMB(pid));
    result.runs.push({ seconds: Math.round(seconds * 100) / 100, bytes: last.length, peakRssMB: Math.round(peak) });
  }
  result.peakRssMB = Math.max(...result.runs.map((r) => r.peakRssMB));
  result.hwmMB = Math.round(processTree(pid).reduce((s, p) => s + procStatusKb(p, "VmHWM"), 0) / 1024);
  if (last) {
    // Count the data rows, so "all 10,000 commitments" is checked, not assumed.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(last as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    result.rows = sheet ? sheet.actualRowCount - 1 : 0;
  }
  return result;
}
