import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { miniReport } from "./__fixtures__/mini-report";
import { extractReport } from "./index";

describe("structure: parts, sections, themes", () => {
  const luoyang = extractReport(loadReport("luoyang-2023"));

  it("lists the in-scope sections with codes, order and offsets", () => {
    expect(luoyang.sections.map((s) => s.code)).toEqual([
      "二", "三(一)", "三(二)", "三(三)", "三(四)", "三(五)", "三(六)", "三(七)", "三(八)", "三(九)", "三(十)",
    ]);
    expect(luoyang.sections.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const s1 = luoyang.sections[1];
    expect(s1.part).toBe("三");
    expect(s1.title).toBe("全面开展“四大行动”，推动经济发展稳中有进");
    expect(luoyang.text.slice(s1.start, s1.start + 3)).toBe("（一）");
    // "(九)" is written with ASCII parentheses in the PDF.
    const s9 = luoyang.sections.find((s) => s.code === "三(九)")!;
    expect(luoyang.text.slice(s9.start, s9.start + 4)).toBe("(九) ");
    expect(luoyang.sections[0]).toMatchObject({ code: "二", part: "二", title: "2023 年主要目标任务" });
    for (let i = 0; i + 1 < luoyang.sections.length; i++) {
      expect(luoyang.sections[i].end).toBeLessThan(luoyang.sections[i + 1].start);
    }
  });

  it("numbers a chapter pasted alone from its first heading: （三） and （四） of Luoyang's part 三 are its sections", () => {
    const at = (code: string) => luoyang.sections.find((x) => x.code === code)!.start;
    const chapter = `三、2023 年重点工作\n${luoyang.text.slice(at("三(三)"), at("三(五)"))}`;
    const pasted = extractReport(chapter);
    expect(pasted.sections.map((s) => s.code)).toEqual(["三(三)", "三(四)"]);
    expect(pasted.commitments.find((c) => c.quote.includes("5G"))).toMatchObject({ section: "三(三)" });
  });

  it("gives every commitment its section and theme", () => {
    const byQuote = (q: string) => luoyang.commitments.find((c) => c.quote.includes(q))!;
    expect(byQuote("388个")).toMatchObject({ section: "三(一)", theme: "开展重大项目建设攻坚行动" });
    expect(byQuote("2600亿元")).toMatchObject({ section: "三(一)", theme: "开展重大项目建设攻坚行动" });
    expect(byQuote("24处")).toMatchObject({ theme: "开展消费扩容提质升级行动" });
    expect(byQuote("5G 基站")).toMatchObject({ section: "三(三)", theme: "推进数字经济提速扩量" });
    expect(byQuote("PM2.5") ?? null).toBeNull();
    expect(byQuote("营造林")).toMatchObject({ section: "三(八)", theme: "持续加强生态修复治理" });
    expect(byQuote("2700 亿元")).toMatchObject({ section: "三(三)", theme: null });
    expect(byQuote("研发经费投入强度")).toMatchObject({ section: "二", theme: null });
  });

  it("takes the paragraph-opening sentence as theme when two short sentences follow each other", () => {
    const bj = extractReport(loadReport("beijing-2025"));
    expect(bj.commitments.find((c) => c.quote.includes("20项以上"))?.theme).toBe("加快构建现代化首都都市圈");
    expect(bj.commitments.find((c) => c.quote.includes("90%"))?.theme).toBe("持续加强交通综合治理");
  });

  it("keeps review parts out of scope", () => {
    for (const r of [luoyang, extractReport(loadReport("cn-state-council-2023")), extractReport(loadReport("beijing-2025"))]) {
      expect(r.commitments.every((c) => !c.section.startsWith("一"))).toBe(true);
    }
    expect(luoyang.commitments.some((c) => c.quote.includes("5800亿元"))).toBe(false);
    const mini = extractReport(miniReport("新建学校10所。"));
    expect(mini.commitments.map((c) => c.quote)).toEqual(["地区生产总值增长6%左右", "新建学校10所"]);
  });

  it("uses the part alone as code for a targets part without sections", () => {
    const sc = extractReport(loadReport("cn-state-council-2023"));
    expect(sc.commitments[0].section).toBe("二");
    expect(sc.sections[0]).toMatchObject({ code: "二", title: "对今年政府工作的建议" });
  });
});

describe("parts written 第一部分 / 第二部分", () => {
  const layout = (partTwo: string[]) =>
    [
      "2024年某市政府工作报告",
      "——2024年1月9日在某市人民代表大会上",
      "各位代表：",
      "第一部分 2023年工作回顾",
      "过去一年成绩显著，新建学校5所。",
      ...partTwo,
      "第三部分 加强政府自身建设",
      "严格落实过紧日子要求，一般性支出压减5%。",
    ].join("\n");

  it("reads the parts, with sections numbered 一、二、 inside them", () => {
    const r = extractReport(
      layout([
        "第二部分",
        "2024年工作安排",
        "今年主要预期目标是：地区生产总值增长6%左右。",
        "一、扩大有效需求",
        "新建学校3所。",
        "二、建设现代化产业体系",
        "培育专精特新企业50家。",
      ]),
    );
    expect(r.report.year).toBe(2024);
    expect(r.sections.map((s) => `${s.code} ${s.title}`)).toEqual([
      "二 2024年工作安排",
      "二(一) 扩大有效需求",
      "二(二) 建设现代化产业体系",
      "三 加强政府自身建设",
    ]);
    expect(r.commitments.map((c) => [c.section, c.quote])).toEqual([
      ["二", "地区生产总值增长6%左右"],
      ["二(一)", "新建学校3所"],
      ["二(二)", "培育专精特新企业50家"],
      ["三", "一般性支出压减5%"],
    ]);
    expect(r.commitments.some((c) => c.quote.includes("5所"))).toBe(false);
  });

  it("reads （一） sections under 第二部分：title", () => {
    const r = extractReport(layout(["第二部分：2024年重点工作", "（一）扩大有效需求。新建学校3所。", "（二）建设现代化产业体系。培育专精特新企业50家。"]));
    expect(r.sections.map((s) => s.code)).toEqual(["二(一)", "二(二)", "三"]);
    expect(r.commitments.map((c) => c.section)).toEqual(["二(一)", "二(二)", "三"]);
  });
});

describe("report metadata and year", () => {
  it("reads title, year, issuer and delivery date", () => {
    expect(extractReport(loadReport("luoyang-2023")).report).toEqual({
      title: "政府工作报告",
      year: 2023,
      textYear: 2023,
      issuer: "洛阳市人民政府",
      deliveredOn: "2023-01-04",
    });
    expect(extractReport(loadReport("cn-state-council-2023")).report).toMatchObject({ year: 2023, issuer: "国务院", deliveredOn: "2023-03-05" });
    expect(extractReport(loadReport("beijing-2025")).report).toMatchObject({
      title: "2025年北京市政府工作报告",
      year: 2025,
      issuer: "北京市人民政府",
      deliveredOn: "2025-01-14",
    });
  });

  it("lets an option override the year (deadlines follow it)", () => {
    const r = extractReport(loadReport("luoyang-2023"), { year: 2024 });
    expect(r.report.year).toBe(2024);
    expect(r.commitments.length).toBe(extractReport(loadReport("luoyang-2023")).commitments.length);
    expect(r.commitments.every((c) => c.deadline.startsWith("2024-"))).toBe(true);
  });

  it("finds the year from the dateline when headings carry none", () => {
    const raw = "政府工作报告\n——2026年2月1日在某县人民代表大会上\n各位代表：\n一、过去一年工作回顾\n过去一年成绩显著。\n二、今年工作安排\n新建学校3所。";
    const r = extractReport(raw);
    expect(r.report.year).toBe(2026);
    expect(r.commitments).toMatchObject([{ quote: "新建学校3所", deadline: "2026-12-31" }]);
  });

  it("ignores far goals in headings and accepts a report delivered the December before", () => {
    const farGoal =
      "政府工作报告\n——2024年1月5日在某市人民代表大会上\n各位代表：\n一、2023年工作回顾\n成绩显著。\n二、2024年目标任务\n新建学校3所。\n三、奋力实现2035年远景目标\n建成公园5个。";
    expect(extractReport(farGoal).report.year).toBe(2024);
    const december =
      "政府工作报告\n——2023年12月28日在某县人民代表大会上\n各位代表：\n一、2023年工作回顾\n成绩显著。\n二、2024年工作安排\n新建学校3所。";
    const r = extractReport(december);
    expect(r.report).toMatchObject({ year: 2024, deliveredOn: "2023-12-28" });
    expect(r.commitments.map((c) => c.deadline)).toEqual(["2024-12-31"]);
  });

  it("keeps title and dateline apart when there is no salutation", () => {
    const raw = "2024年某市政府工作报告\n——2024年1月9日在某市人民代表大会上\n一、2023年工作回顾\n成绩显著。\n二、2024年工作安排\n新建学校3所。";
    const r = extractReport(raw);
    expect(r.text.startsWith("2024年某市政府工作报告\n——2024年1月9日")).toBe(true);
    expect(r.report).toMatchObject({ title: "2024年某市政府工作报告", year: 2024, deliveredOn: "2024-01-09" });
  });
});

