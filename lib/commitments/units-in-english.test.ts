import { describe, expect, it } from "vitest";
import { MAGNITUDES } from "@/lib/extract/units";
import { figuresInEnglish } from "./units-in-english";

describe("a report's units in English", () => {
  it("writes rates as English does: percentage points in words, % against the figure", () => {
    // 洛阳 2023: 常住人口城镇化率提高0.7个百分点; 地区生产总值增长7%.
    expect(figuresInEnglish(["0.7"], "个百分点")).toBe("0.7 percentage points");
    expect(figuresInEnglish(["1"], "个百分点")).toBe("1 percentage point");
    expect(figuresInEnglish(["0.5", "1"], "百分点")).toBe("0.5–1 percentage points");
    expect(figuresInEnglish(["7"], "%")).toBe("7%");
    expect(figuresInEnglish(["2", "3"], "％")).toBe("2–3%");
  });

  it("writes 万 and 亿 out as the number they make, from the figure's text (no floating point)", () => {
    // 一般公共预算收入386亿元; 新增高标准农田11万亩; 城镇新增就业5.5万人.
    expect(figuresInEnglish(["386"], "亿元")).toBe("38.6 billion yuan");
    expect(figuresInEnglish(["11"], "万亩")).toBe("110,000 mu");
    expect(figuresInEnglish(["5.5"], "万人")).toBe("55,000 people");
    expect(figuresInEnglish(["3000"], "万元")).toBe("30 million yuan");
    expect(figuresInEnglish(["0.8", "1.2"], "亿元")).toBe("80–120 million yuan");
    expect(figuresInEnglish(["1.2"], "万亿元")).toBe("1.2 trillion yuan");
    expect(figuresInEnglish(["120"], "万千瓦")).toBe("1.2 million kW");
    expect(figuresInEnglish(["0.1234"], "亿元")).toBe("12.34 million yuan");
    expect(figuresInEnglish(["-3"], "万吨")).toBe("-30,000 tonnes");
    expect(figuresInEnglish(["0"], "万元")).toBe("0 yuan");
    expect(figuresInEnglish(["50"], "亿")).toBe("5 billion");
  });

  it("scales by every magnitude the extractor reads (its MAGNITUDES, one list)", () => {
    expect(figuresInEnglish(["3"], "千万元")).toBe("30 million yuan");
    expect(figuresInEnglish(["5"], "百万千瓦")).toBe("5 million kW");
    expect(figuresInEnglish(["2"], "千吨")).toBe("2,000 tonnes");
    for (const magnitude of MAGNITUDES) expect(figuresInEnglish(["1"], `${magnitude}元`)).toMatch(/^[\d,.]+(?: [a-z]+)? yuan$/);
  });

  it("leaves a classifier's figure alone (the indicator says what it counts) and names measures", () => {
    // 新建5G基站2500个; 新增上市企业3—4家; 新建改造城市道路50公里.
    expect(figuresInEnglish(["2500"], "个")).toBe("2,500");
    expect(figuresInEnglish(["3", "4"], "家")).toBe("3–4");
    expect(figuresInEnglish(["10"], "万个")).toBe("100,000");
    // 生猪出栏170万头; 蛋鸡存栏170万只.
    expect(figuresInEnglish(["170"], "万头")).toBe("1.7 million head");
    expect(figuresInEnglish(["170"], "万只")).toBe("1.7 million");
    expect(figuresInEnglish(["50"], "公里")).toBe("50 km");
    expect(figuresInEnglish(["1"], "户")).toBe("1 household");
    expect(figuresInEnglish(["1200"], "户")).toBe("1,200 households");
    // Energy as standard coal, one unit the extractor reads whole (节约能源5万吨标准煤).
    expect(figuresInEnglish(["5"], "万吨标准煤")).toBe("50,000 tonnes of standard coal equivalent");
    expect(figuresInEnglish(["0.35"], "千克标准煤")).toBe("0.35 kg of standard coal equivalent");
  });

  it("knows no unit it has not been told, and says so (the caller writes it as the report did)", () => {
    expect(figuresInEnglish(["170"], "万套")).toBeNull();
    expect(figuresInEnglish(["5"], "倍")).toBeNull();
    expect(figuresInEnglish(["5"], null)).toBeNull();
    expect(figuresInEnglish(["5"], " ")).toBeNull();
  });
});
