// A dated milestone that says only the action ("年底前建成通车") is of what the clause before it,
// in the same sentence, says is built.

import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

describe("a milestone without a subject of its own", () => {
  // Named «建成通车», «建成投用» once: no one could tell what is to open.
  it.each([
    ["推进西环高速建设，年底前建成通车。", "西环高速建成通车", "推进西环高速建设，年底前建成通车", "2024-12-31"],
    ["加快建设大学城，9月建成投用。", "大学城建成投用", "加快建设大学城，9月建成投用", "2024-09-30"],
    ["加快地铁3号线建设，6月底前全面完工。", "地铁3号线完工", "加快地铁3号线建设，6月底前全面完工", "2024-06-30"],
  ])("%s → %s", (plan, indicator, quote, deadline) => {
    expect(inPlan(plan)).toEqual([expect.objectContaining({ kind: "milestone", indicator, quote, deadline, deadlineStated: true })]);
  });

  it("gives the subject to each bare action of the clause", () => {
    expect(inPlan("推进西环高速建设，年底前建成通车、投入运营。").map((c) => c.indicator)).toEqual(["西环高速建成通车", "西环高速投入运营"]);
  });
});

describe("a milestone that has its subject, or a clause before that builds nothing", () => {
  it.each([
    // Its own object after the verb.
    ["推进城市更新，年底前完成老旧小区改造。", "完成老旧小区改造", "年底前完成老旧小区改造"],
    // Its own subject before the time.
    ["加快建设大学城，图书馆9月建成投用。", "图书馆建成投用", "图书馆9月建成投用"],
    // A clause before that counts, or that does something other than build, lends nothing.
    ["新建学校10所，年底前建成投用。", "建成投用", "年底前建成投用"],
    ["深化国企改革，年底前全面完成。", "完成", "年底前全面完成"],
  ])("%s keeps %s", (plan, indicator, quote) => {
    expect(inPlan(plan).filter((c) => c.kind === "milestone")).toEqual([expect.objectContaining({ indicator, quote })]);
  });
});
