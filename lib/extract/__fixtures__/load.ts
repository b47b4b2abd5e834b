// Reads the report texts copied next to the tests (tests must not depend on ../shared).

import { readFileSync } from "node:fs";
import path from "node:path";

export type ReportName = "luoyang-2023" | "cn-state-council-2023" | "beijing-2025";

const cache = new Map<ReportName, string>();

export function loadReport(name: ReportName): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(__dirname, `${name}.txt`), "utf8");
    cache.set(name, text);
  }
  return text;
}
