import { describe, expect, it } from "vitest";
import { closeCjkSpacing } from "./text-utils";
import { loadReport } from "./__fixtures__/load";
import { extractReport } from "./index";
import { normaliseReportText } from "./normalise";

describe("normalise: PDF line and page breaks", () => {
  const { text } = normaliseReportText(loadReport("luoyang-2023"));

  it("joins a sentence broken by a page break (an empty line mid-sentence)", () => {
    expect(text).toContain("数量居全省前列。改革工作连续五年");
    expect(text).toContain("税费减免超过 155 亿元");
    expect(text).toContain("坚持农业农村优先发展");
    expect(text).toContain("力争全市直接融资突破400 亿元");
    expect(text).toContain("高新技术企业 200 家");
  });

  it("keeps the report's own spaces inside numbers", () => {
    expect(text).toContain("新建市级重点实验室 5 - 8 个");
    expect(text).toContain("伊滨智慧岛建设进度达到 60%");
  });

  it("keeps real paragraph breaks", () => {
    expect(text).toContain("对这些问题，我们一定高度重视，采取有效措施，认真加以解决。\n二、2023 年主要目标任务\n");
    expect(text).toContain("\n（二）持续强化创新引领");
  });

  it("joins a clause that ends a page with a comma", () => {
    expect(text).toContain("坚定捍卫“两个确立”，坚决做到“两个维护”");
  });

  it("drops the table of contents", () => {
    expect(text.startsWith("政府工作报告\n——2023年1月4日")).toBe(true);
    expect(text).not.toContain(".....");
    expect(text).not.toContain("目录");
    expect(text.split("一、过去五年政府工作回顾").length).toBe(2);
  });

  it("ends where the report ends and the bulletin's news begins", () => {
    expect(text.endsWith("奋力谱写新时代中原更加出彩的洛阳篇章作出新的更大贡献！")).toBe(true);
    expect(text).not.toContain("特 别 关 注");
    expect(text).not.toContain("王凯参加洛阳代表团审议");
    expect(text).not.toContain("616 个");
  });

  it("joins single line breaks inside a sentence (Wikisource)", () => {
    const sc = normaliseReportText(loadReport("cn-state-council-2023")).text;
    expect(sc).toContain("推动区域全面经济伙伴关系协定（RCEP）生效实施");
    expect(sc).toContain("积极推动加入全面与进步跨太平洋伙伴关系协定（CPTPP）等高标准经贸协议");
    expect(sc).toContain("国务院总理\n李克强\n各位代表：");
  });

  it("does not glue a stand-alone heading to its paragraph (DOCX paragraphs)", () => {
    const bj = normaliseReportText(loadReport("beijing-2025")).text;
    expect(bj).toContain("（一）充分发挥经济体制改革牵引作用，努力在重点领域和关键环节取得新突破\n全面贯彻");
    expect(bj).toContain("具体要做好以下工作：\n（一）");
  });

  it("handles CRLF, form feeds, page-number lines and full-width indentation", () => {
    const raw = "政府工作报告\r\n各位代表：\r\n一、2024年重点工作\r\n\u3000\u3000新建学校\f- 12 -\r\n20所，改造道路\r\n\r\n30公里。\r\n";
    const { text: t } = normaliseReportText(raw);
    expect(t).toBe("政府工作报告\n各位代表：\n一、2024年重点工作\n新建学校20所，改造道路30公里。");
  });

  it("rejoins a stand-alone heading cut by a page break", () => {
    const raw = [
      "政府工作报告",
      "各位代表：",
      "二、2025年重点任务",
      "（一）充分发挥经济体制改革牵引作用，努力在重点领域和关键",
      "",
      "- 5 -",
      "",
      "环节取得新突破",
      "全面贯彻落实改革决定，新建学校3所。",
      "（二）深入落实城市总体规划",
      "",
      "- 6 -",
      "",
      "加快构建现代化首都都市圈。编制出台规划。",
    ].join("\n");
    expect(normaliseReportText(raw).text).toBe(
      [
        "政府工作报告",
        "各位代表：",
        "二、2025年重点任务",
        "（一）充分发挥经济体制改革牵引作用，努力在重点领域和关键环节取得新突破",
        "全面贯彻落实改革决定，新建学校3所。",
        "（二）深入落实城市总体规划",
        "加快构建现代化首都都市圈。编制出台规划。",
      ].join("\n"),
    );
  });

  // Most headings of such a report end with a full stop; one without it was cut.
  it("rejoins a heading cut by a line or page break when the report ends its headings with a full stop", () => {
    const raw = [
      "政府工作报告",
      "各位代表：",
      "三、2023年重点工作安排",
      "（一）全面开展“四大行动”，推动经济发展稳中有进。抢抓机遇，实施重大项目100个。",
      "（二）持续强化创新引领，建设高水平国家创新型",
      "",
      "- 3 -",
      "",
      "城市。聚焦平台载体，新建实验室5个。",
      "（三）加强生态文明建设，深入推进绿色",
      "低碳发展。完成造林18万亩。",
      "（四）倾力保障和改善民生。新建幼儿园70所。",
      "（五）有效防范化解风险。争创示范市。",
    ].join("\n");
    const r = extractReport(`${raw.replace("各位代表：", "——2023年1月4日在某市人民代表大会上\n各位代表：")}`);
    expect(r.sections.map((s) => s.title)).toEqual([
      "全面开展“四大行动”，推动经济发展稳中有进",
      "持续强化创新引领，建设高水平国家创新型城市",
      "加强生态文明建设，深入推进绿色低碳发展",
      "倾力保障和改善民生",
      "有效防范化解风险",
    ]);
    expect(r.commitments.map((c) => [c.section, c.quote])).toEqual([
      ["三(一)", "实施重大项目100个"],
      ["三(二)", "新建实验室5个"],
      ["三(三)", "完成造林18万亩"],
      ["三(四)", "新建幼儿园70所"],
    ]);
  });

  it("returns paragraph spans that index the text", () => {
    const n = normaliseReportText(loadReport("luoyang-2023"));
    for (const p of n.paragraphs) {
      const para = n.text.slice(p.start, p.end);
      expect(para).not.toContain("\n");
      expect(para.length).toBeGreaterThan(0);
    }
  });

  it("is the text the result returns, and quotes index it", () => {
    const result = extractReport(loadReport("luoyang-2023"));
    expect(result.text).toBe(text);
    for (const c of result.commitments) expect(result.text.slice(c.start, c.end)).toBe(c.quote);
  });
});

describe("indicator spacing", () => {
  it("drops a PDF's spaces between Chinese and Latin or digits, not between Latin words", () => {
    expect(closeCjkSpacing("5G 基站总数")).toBe("5G基站总数");
    expect(closeCjkSpacing("普莱柯 P3 实验室建成投用")).toBe("普莱柯P3实验室建成投用");
    expect(closeCjkSpacing("Micro LED 显示材料")).toBe("Micro LED显示材料");
  });
});
