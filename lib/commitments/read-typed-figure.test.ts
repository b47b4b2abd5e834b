import { describe, expect, it } from "vitest";
import { readTypedFigure, typedUnit } from "./read-typed-figure";

describe("a figure typed with words after it", () => {
  it("is never read as its number: the words are handed back for the reader to name", () => {
    // 洛阳 2023: 新建5G基站462个; 一般公共预算收入386亿元; 常住人口城镇化率66.2%.
    expect(readTypedFigure("462个")).toEqual({ problem: "unit", value: "462", typed: "个" });
    expect(readTypedFigure("386亿")).toEqual({ problem: "unit", value: "386", typed: "亿" });
    expect(readTypedFigure(" 1,200.5 万亩 ")).toEqual({ problem: "unit", value: "1,200.5", typed: "万亩" });
    expect(readTypedFigure("－３个")).toEqual({ problem: "unit", value: "-3", typed: "个" });
    expect(readTypedFigure("６０左右")).toEqual({ problem: "unit", value: "60", typed: "左右" });
    expect(readTypedFigure("5 km")).toEqual({ problem: "unit", value: "5", typed: "km" });
    // A percent sign alone is the percent problem it was (the sheet says it of a cell formatted as percent).
    expect(readTypedFigure("66.2%")).toEqual({ problem: "percent", value: "66.2" });
    expect(readTypedFigure("5%%")).toEqual({ problem: "unit", value: "5", typed: "%%" });
  });

  it("is not a number with words when the number is none, or words hold digits or no letter", () => {
    for (const text of ["约462", "三百个", "1,5个", "5.5.5万", "0x10", "1e3%", "5-", "5?", "3个月20天", "Infinity"]) {
      expect(readTypedFigure(text), text).toEqual({ problem: "notANumber" });
    }
    expect(readTypedFigure("462")).toEqual({ figure: 462 });
    expect(readTypedFigure("1e3")).toEqual({ problem: "exponent" });
  });
});

describe("the words typed against the commitment's unit", () => {
  it("are the unit only when they are its very text (full-width and spaces aside), never by guessing a scale", () => {
    expect(typedUnit("个", "个")).toBe("same");
    expect(typedUnit("%", "％")).toBe("same");
    expect(typedUnit("万 亩", "万亩")).toBe("same");
    // 386亿 against 亿元 is not the same text, nor 万 against 个: a 万 or 亿 is never dropped unasked.
    expect(typedUnit("亿", "亿元")).toBe("other");
    expect(typedUnit("万", "个")).toBe("other");
    expect(typedUnit("万个", "个")).toBe("other");
    expect(typedUnit("mW", "MW")).toBe("other");
    expect(typedUnit("个", null)).toBe("noUnit");
    expect(typedUnit("个", "  ")).toBe("noUnit");
    expect(typedUnit("个", undefined)).toBe("noUnit");
  });
});
