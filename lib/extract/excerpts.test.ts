// An admin may paste only part of a report: a title line, perhaps the date line, then parts
// "二、…" and "三、…". The excerpt must yield the same commitments as the same clauses do
// in the full report. Excerpts are cut from the real reports (and the e2e fixture).

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadReport, type ReportName } from "./__fixtures__/load";
import { extractReport, ExtractionError, type ExtractedCommitment, type ExtractionResult } from "./index";

const luoyangExcerpt = readFileSync(path.join(__dirname, "__fixtures__", "luoyang-excerpt.txt"), "utf8");

/** The raw text from the line starting with `from` up to (not including) the line starting with `to`. */
function cut(name: ReportName, from: string, to: string | null): string {
  const raw = loadReport(name);
  const start = raw.indexOf(`\n${from}`) + 1;
  const end = to === null ? raw.length : raw.indexOf(`\n${to}`, start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return raw.slice(start, end);
}

/** Everything but the offsets, which differ between excerpt and full text. */
function comparable(c: ExtractedCommitment) {
  const { start: _start, end: _end, ...rest } = c;
  return rest;
}

/** The full report's commitments whose quote lies in the excerpt's stretch of the full text. */
function sameStretch(full: ExtractionResult, excerpt: ExtractionResult): ReturnType<typeof comparable>[] {
  const first = excerpt.commitments[0];
  const last = excerpt.commitments[excerpt.commitments.length - 1];
  const from = full.commitments.findIndex((c) => c.quote === first.quote && c.section === first.section);
  const to = full.commitments.findIndex((c, i) => i >= from && c.quote === last.quote && c.section === last.section);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThanOrEqual(from);
  return full.commitments.slice(from, to + 1).map(comparable);
}

describe("excerpts: parts may start at any numeral", () => {
  it("imports the Luoyang excerpt (title, date line, 二 and the start of 三(一)) like the full report", () => {
    const full = extractReport(loadReport("luoyang-2023"));
    const excerpt = extractReport(luoyangExcerpt);
    expect(excerpt.report).toEqual({ title: "政府工作报告", year: 2023, textYear: 2023, issuer: null, deliveredOn: "2023-01-04" });
    expect(excerpt.sections.map((s) => s.code)).toEqual(["二", "三(一)"]);
    expect(excerpt.commitments.map(comparable)).toEqual(sameStretch(full, excerpt));
    expect(excerpt.commitments.filter((c) => c.section === "二")).toHaveLength(15);
    const milestones = excerpt.commitments.filter((c) => c.kind === "milestone");
    expect(milestones.map((c) => [c.quote, c.deadline, c.deadlineStated])).toEqual([
      ["汝阳抽水蓄能电站上半年完成核准", "2023-06-30", true],
      ["海澜集团一期、古城机械新材料等项目年底前投产", "2023-12-31", true],
    ]);
    for (const c of excerpt.commitments) expect(excerpt.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("keeps a long title line of its own (the e2e test makes every excerpt unique that way)", () => {
    const title = "政府工作报告（节选 4fa9ed2e3b6b0d3b0c7e-7e8a3d4c5b6a7f8e9d0c 1732540000000）";
    const r = extractReport(luoyangExcerpt.replace("政府工作报告", title));
    expect(r.report.title).toBe(title);
    expect(r.text.startsWith(`${title}\n——2023年1月4日`)).toBe(true);
    expect(r.commitments).toHaveLength(extractReport(luoyangExcerpt).commitments.length);
  });

  it("imports an excerpt of the State Council report (part 二 only, year from the date line)", () => {
    const head = loadReport("cn-state-council-2023").split("\n").slice(0, 3).join("\n");
    const raw = `${head}\n\n${cut("cn-state-council-2023", "二、对今年政府工作的建议", "（二）加快建设现代化产业体系")}`;
    const full = extractReport(loadReport("cn-state-council-2023"));
    const excerpt = extractReport(raw);
    expect(excerpt.report).toMatchObject({ year: 2023, deliveredOn: "2023-03-05" });
    expect(excerpt.commitments.find((c) => c.quote.includes("地方政府专项债券3.8万亿元"))).toMatchObject({ section: "二(一)", value: 3.8 });
    expect(excerpt.commitments.map(comparable)).toEqual(sameStretch(full, excerpt));
  });

  it("imports an excerpt of the Beijing report (title line, part 二 with two sections)", () => {
    const raw = `2025年北京市政府工作报告\n${cut("beijing-2025", "二、2025年工作总体要求和重点任务", "（三）")}`;
    const full = extractReport(loadReport("beijing-2025"));
    const excerpt = extractReport(raw);
    expect(excerpt.report).toMatchObject({ title: "2025年北京市政府工作报告", year: 2025 });
    expect(excerpt.sections.map((s) => s.code)).toEqual(["二", "二(一)", "二(二)"]);
    expect(excerpt.commitments.length).toBeGreaterThan(5);
    expect(excerpt.commitments.map(comparable)).toEqual(sameStretch(full, excerpt));
  });

  it("imports an excerpt that starts at part 三 without a title when the heading reads like a plan", () => {
    const raw = cut("luoyang-2023", "三、2023年重点工作安排", "（二）持续强化创新引领");
    const r = extractReport(raw, { year: 2023 });
    expect(r.sections.map((s) => s.code)).toEqual(["三(一)"]);
    // Quoted with the count it is the investment of ("实施388个…重大项目，"), since the name says whose.
    expect(r.commitments.some((c) => c.quote === "实施388个10亿元以上重大项目，年度完成投资2600亿元")).toBe(true);
    expect(extractReport(raw).report.year).toBe(2023);
  });

  it("still rejects text without part headings, or with headings that are not a report's", () => {
    const code = (raw: string) => {
      try {
        extractReport(raw);
        return "OK";
      } catch (error) {
        expect(error).toBeInstanceOf(ExtractionError);
        return (error as ExtractionError).code;
      }
    };
    expect(code("政府工作报告\n——2024年1月9日在某市人民代表大会上\n新建学校3所，改造道路30公里。")).toBe("NOT_A_REPORT");
    expect(code("二、天气情况\n今天晴，气温20度。\n三、出行安排\n上午去公园，参观3个展馆。")).toBe("NOT_A_REPORT");
    expect(code("二、2024年主要目标任务\n地区生产总值增长5%左右。")).toBe("OK");
  });

  it("takes the longest run of consecutive part numerals, not a stray heading", () => {
    const raw = [
      "政府工作报告",
      "——2024年1月9日在某市人民代表大会上",
      "三、关于这次会议",
      "二、2024年主要目标任务",
      "主要预期目标是：地区生产总值增长6%左右。",
      "三、2024年重点工作安排",
      "（一）扩大有效需求。新建学校3所。",
    ].join("\n");
    const r = extractReport(raw);
    expect(r.sections.map((s) => s.code)).toEqual(["二", "三(一)"]);
    expect(r.commitments.map((c) => c.quote)).toEqual(["地区生产总值增长6%左右", "新建学校3所"]);
  });
});
