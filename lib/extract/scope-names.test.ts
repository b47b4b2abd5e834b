import { describe, expect, it } from "vitest";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport, type ExtractedCommitment } from "./index";

function inPlan(plan: string): ExtractedCommitment[] {
  return extractReport(miniReport(plan)).commitments.filter((c) => c.section !== "二");
}

const brief = (c: ExtractedCommitment) => [c.indicator, c.comparator, c.value, c.unit];

describe("a threshold's set phrase after the number is not the thing counted (大关, 关口, 台阶)", () => {
  it("names what passes the threshold", () => {
    expect(inPlan("力争实现进出口总额突破1000亿元大关。").map(brief)).toEqual([["进出口总额", ">=", 1000, "亿元"]]);
    expect(inPlan("地区生产总值跨越5000亿元关口，社会消费品零售总额迈上2000亿元台阶。").map(brief)).toEqual([
      ["地区生产总值", ">=", 5000, "亿元"],
      ["社会消费品零售总额", ">=", 2000, "亿元"],
    ]);
  });
});

describe("a figure introduced by 其中 is part of the target before it", () => {
  it("names the part of the whole it counts, quoted from the whole", () => {
    const found = inPlan("新增城镇就业2万人，其中高校毕业生不少于8000人。");
    expect(found.map(brief)).toEqual([
      ["新增城镇就业", "=", 2, "万人"],
      ["新增城镇就业中高校毕业生", ">=", 8000, "人"],
    ]);
    expect(found[1].quote).toBe("新增城镇就业2万人，其中高校毕业生不少于8000人");
    // In the same clause, and with the thing counted after the number.
    expect(inPlan("新建学校10所、其中5所幼儿园。").map((c) => c.indicator)).toEqual(["新建学校", "新建学校中幼儿园"]);
  });

  it("leaves a part that names itself: the whole's kind, or a measure of its own", () => {
    expect(inPlan("完成固定资产投资1000亿元，其中工业投资300亿元。").map((c) => c.indicator)).toEqual(["固定资产投资", "工业投资"]);
    expect(inPlan("实施重点项目500个，其中省重点项目100个。").map((c) => c.indicator)).toEqual(["重点项目", "省重点项目"]);
    expect(inPlan("新增城镇就业2万人，其中返乡创业带动就业率达到30%。").map((c) => c.indicator)).toEqual(["新增城镇就业", "返乡创业带动就业率"]);
  });
});
