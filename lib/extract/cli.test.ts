// The CLI as the issue specifies it: JSON on stdout, clear errors on stderr with exit 1.

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../..");
const fixtures = path.join(__dirname, "__fixtures__");
const scratch = mkdtempSync(path.join(tmpdir(), "duban-extract-"));

function run(...args: string[]) {
  const tsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, [path.join(repoRoot, "scripts", "extract.ts"), ...args], { encoding: "utf8", cwd: repoRoot });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe("scripts/extract.ts", () => {
  it("prints the report and its commitments as JSON", () => {
    const r = run(path.join(fixtures, "luoyang-2023.txt"));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["report", "commitments"]);
    expect(out.report).toEqual({ title: "政府工作报告", year: 2023 });
    expect(Object.keys(out.commitments[0])).toEqual([
      "section", "theme", "kind", "quote", "start", "end", "indicator", "value", "min", "max",
      "unit", "comparator", "deadline", "deadlineStated", "deadlineOccasion", "leadDepartment",
    ]);
    const range = out.commitments.find((c: { quote: string }) => c.quote.includes("5 - 8 个"));
    expect(range).toMatchObject({ kind: "numeric", value: null, min: 5, max: 8, comparator: "range", deadline: "2023-12-31" });
    const milestone = out.commitments.find((c: { kind: string }) => c.kind === "milestone");
    expect(milestone).toMatchObject({ value: null, min: null, max: null, unit: null, comparator: null, deadlineStated: true });
  }, 30_000);

  it("accepts --year", () => {
    const out = JSON.parse(run(path.join(fixtures, "cn-state-council-2023.txt"), "--year", "2024").stdout);
    expect(out.report.year).toBe(2024);
    expect(out.commitments[0].deadline).toBe("2024-12-31");
  }, 30_000);

  it.each([
    ["a missing file", () => path.join(scratch, "missing.txt"), /cannot read|无法读取/],
    ["an empty file", () => scratchFile("empty.txt", ""), /empty|为空/],
    ["a GBK file", () => scratchFile("gbk.txt", new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7])), /UTF-8/],
    ["a binary file", () => scratchFile("bin.dat", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10])), /binary|二进制/],
    ["a text that is not a report", () => scratchFile("news.txt", "今天天气很好，我们去公园玩。"), /政府工作报告/],
  ])("fails clearly on %s", (_, file, message) => {
    const r = run(file());
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  }, 30_000);
});
