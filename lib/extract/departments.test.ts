import { describe, expect, it } from "vitest";
import { LUOYANG_DEPARTMENTS } from "../departments/luoyang-departments";
import { loadReport } from "./__fixtures__/load";
import { DEFAULT_DEPARTMENT_KEYWORDS, extractReport } from "./index";

describe("lead department suggestions", () => {
  it("uses exactly the Luoyang department names", () => {
    const names = new Set(LUOYANG_DEPARTMENTS.map((d) => d.name));
    for (const row of DEFAULT_DEPARTMENT_KEYWORDS) expect(names.has(row.department)).toBe(true);
    expect(new Set(DEFAULT_DEPARTMENT_KEYWORDS.map((r) => r.department)).size).toBe(DEFAULT_DEPARTMENT_KEYWORDS.length);
  });

  it("suggests the department from the commitment's words", () => {
    const r = extractReport(loadReport("luoyang-2023"));
    const lead = (q: string) => r.commitments.find((c) => c.quote.includes(q))?.leadDepartment;
    expect(lead("高新技术企业 200 家")).toBe("市科技局");
    // Assessed by 科技局, though "中小企业" alone is 工信局's (专精特新).
    expect(lead("科技型中小企业 3000 家")).toBe("市科技局");
    expect(lead("新增高标准农田11万亩")).toBe("市农业农村局");
    expect(lead("公办幼儿园70所")).toBe("市教育局");
    expect(lead("城镇调查失业率")).toBe("市人力资源社会保障局");
    expect(lead("公交集团完成股权划转")).toBe("市政府国资委");
    expect(lead("栾卢高速")).toBe("市交通运输局");
    expect(lead("完成营造林18万亩")).toBe("市林业局");
    expect(lead("体育公园109个")).toBe("市体育局");
  });

  it("lets callers pass their own table", () => {
    const r = extractReport(loadReport("luoyang-2023"), {
      departmentKeywords: [{ department: "科技创新委员会", keywords: ["高新技术企业"] }],
    });
    expect(r.commitments.find((c) => c.quote.includes("高新技术企业 200 家"))?.leadDepartment).toBe("科技创新委员会");
    expect(r.commitments.find((c) => c.quote.includes("高标准农田"))?.leadDepartment).toBeNull();
  });
});
