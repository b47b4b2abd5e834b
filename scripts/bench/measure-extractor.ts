// Extractor throughput, in-process: the three reports in data/reports extracted over and over
// until ~5 MB (UTF-8) of report text has been processed.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractReport } from "@/lib/extract";

export interface ExtractorResult {
  megabytes: number;
  seconds: number;
  megabytesPerSecond: number;
  reports: number;
  commitmentsPerPass: number;
}

const REPORTS = ["luoyang-2023.txt", "cn-state-council-2023.txt", "beijing-2025.txt"];
const TARGET_BYTES = 5 * 1024 * 1024;

export function measureExtractor(root: string): ExtractorResult {
  const texts = REPORTS.map((f) => fs.readFileSync(path.join(root, "data", "reports", f), "utf8"));
  const commitmentsPerPass = texts.reduce((s, t) => s + extractReport(t).commitments.length, 0); // also warms the JIT
  let bytes = 0;
  let reports = 0;
  const started = performance.now();
  for (let i = 0; bytes < TARGET_BYTES && i < 10_000; i++) {
    const text = texts[i % texts.length];
    extractReport(text);
    bytes += Buffer.byteLength(text, "utf8");
    reports++;
  }
  const seconds = (performance.now() - started) / 1000;
  const megabytes = bytes / 1024 / 1024;
  return { megabytes: Math.round(megabytes * 100) / 100, seconds: Math.round(seconds * 100) / 100, megabytesPerSecond: Math.round((megabytes / seconds) * 100) / 100, reports, commitmentsPerPass };
}
