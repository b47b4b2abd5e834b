// CLI: npm run -s extract -- <file> [--year 2023]
// Prints the commitments of a government work report as JSON on stdout.

import { readFileSync } from "node:fs";
import { extractReport, ExtractionError } from "../lib/extract";

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; year?: number } {
  let file: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--year") {
      const value = argv[++i];
      if (!value || !/^\d{4}$/.test(value)) fail("--year needs a four-digit year / --year 需要四位年份");
      year = Number(value);
    } else if (arg.startsWith("--year=")) {
      const value = arg.slice("--year=".length);
      if (!/^\d{4}$/.test(value)) fail("--year needs a four-digit year / --year 需要四位年份");
      year = Number(value);
    } else if (arg === "--") {
      continue;
    } else if (arg.startsWith("-")) {
      fail(`unknown option ${arg} / 未知选项 ${arg}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      fail(`unexpected argument ${arg} / 多余的参数 ${arg}`);
    }
  }
  if (file === undefined) fail("usage: extract <file> [--year 2023] / 用法：extract <文件> [--year 2023]");
  return { file, year };
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`cannot read ${file} (${code ?? "error"}) / 无法读取文件 ${file}`);
  }
  if (bytes.length === 0) fail(`${file}: the file is empty / 文件为空`);
  if (bytes.includes(0)) fail(`${file}: binary content, not text / 文件是二进制内容，不是文本`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}: not valid UTF-8 (wrong encoding, e.g. GBK?) / 不是有效的 UTF-8 编码（可能是 GBK）`);
  }
}

function main(): void {
  // A closed pipe (`… | head`) is not an error of the extractor.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { file, year } = parseArgs(process.argv.slice(2));
  const raw = readText(file);
  try {
    const result = extractReport(raw, year === undefined ? {} : { year });
    const output = {
      report: { title: result.report.title, year: result.report.year },
      commitments: result.commitments.map((c) => ({
        section: c.section,
        theme: c.theme,
        kind: c.kind,
        quote: c.quote,
        start: c.start,
        end: c.end,
        indicator: c.indicator,
        value: c.value,
        min: c.min,
        max: c.max,
        unit: c.unit,
        comparator: c.comparator,
        deadline: c.deadline,
        deadlineStated: c.deadlineStated,
        deadlineOccasion: c.deadlineOccasion,
        leadDepartment: c.leadDepartment,
      })),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof ExtractionError) fail(`${file}: ${error.message}`);
    throw error;
  }
}

main();
