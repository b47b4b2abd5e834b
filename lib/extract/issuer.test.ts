import { describe, expect, it } from "vitest";
import { loadReport } from "./__fixtures__/load";
import { detectIssuer } from "./issuer";
import { extractReport } from "./index";

describe("the issuer of a report", () => {
  it("is the government its speaker speaks for, in each real report", () => {
    expect(detectIssuer(loadReport("beijing-2025"))).toBe("北京市人民政府");
    expect(detectIssuer(loadReport("cn-state-council-2023"))).toBe("国务院");
    // "我代表市人民政府": the place is the byline's under the title (洛阳市人民政府市长徐衣显), not the bulletin's news.
    expect(detectIssuer(loadReport("luoyang-2023"))).toBe("洛阳市人民政府");
  });

  it("is read the same way by the import's extraction", () => {
    for (const name of ["beijing-2025", "cn-state-council-2023", "luoyang-2023"] as const) {
      expect(extractReport(loadReport(name)).report.issuer).toBe(detectIssuer(loadReport(name)));
    }
  });

  it("named by its level alone, takes the place from the report's own title when it names one", () => {
    const luoyang = loadReport("luoyang-2023").replace("洛阳市人民政府市长徐衣显", "市长徐衣显");
    expect(detectIssuer(luoyang)).toBeNull();
    expect(detectIssuer(luoyang.replace("特 稿\n\n政府工作报告", "特 稿\n\n2023年洛阳市政府工作报告"))).toBe("洛阳市人民政府");
  });

  it("is nothing rather than a level alone (市人民政府), or a place of another level than the speaker's", () => {
    const report = (title: string) => `${title}\n\n——2024年1月10日在某市第一届人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n一、2024年主要目标任务\n\n新建学校3所。`;
    expect(detectIssuer(report("政府工作报告"))).toBeNull();
    expect(detectIssuer(report("2024年河南省政府工作报告"))).toBeNull();
    expect(detectIssuer(report("2024年郑州市政府工作报告"))).toBe("郑州市人民政府");
  });

  it("is nothing for a text that does not say", () => {
    expect(detectIssuer("新建学校3所。")).toBeNull();
    expect(detectIssuer("")).toBeNull();
  });
});
