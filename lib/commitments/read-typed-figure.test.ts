import { describe, expect, it } from "vitest";
import { figureWording, figureWordingParams, readTypedFigure, typedUnit } from "./read-typed-figure";

describe("a figure typed with words after it", () => {
  it("is never read as its number: the words are handed back for the reader to name", () => {
    // 洛阳 2023: 新建5G基站462个; 一般公共预算收入386亿元; 常住人口城镇化率66.2%.
    expect(readTypedFigure("462个")).toEqual({ problem: "unit", value: "462", typed: "个" });
    expect(readTypedFigure("386亿")).toEqual({ problem: "unit", value: "386", typed: "亿" });
    expect(readTypedFigure(" 1,200.5 万亩 ")).toEqual({ problem: "unit", value: "1,200.5", typed: "万亩" });
    expect(readTypedFigure("－３个")).toEqual({ problem: "unit", value: "-3", typed: "个" });
    expect(readTypedFigure("5 km")).toEqual({ problem: "unit", value: "5", typed: "km" });
    // A percent sign alone is the percent problem it was (the sheet says it of a cell formatted as percent).
    expect(readTypedFigure("66.2%")).toEqual({ problem: "percent", value: "66.2" });
    expect(readTypedFigure("5%%")).toEqual({ problem: "unit", value: "5", typed: "%%" });
  });

  it("is not a number with words when the number is none, or words hold digits or no letter", () => {
    for (const text of ["1,5个", "5.5.5万", "0x10", "1e3%", "5-", "5?", "3个月20天", "Infinity", "几百", "百分之五十", "已完成"]) {
      expect(readTypedFigure(text), text).toEqual({ problem: "notANumber" });
    }
    expect(readTypedFigure("462")).toEqual({ figure: 462 });
    expect(readTypedFigure("1e3")).toEqual({ problem: "exponent" });
  });
});

describe("a figure typed as an estimate", () => {
  it("is refused as an estimate, with the number typed when nothing else was typed with it (never stored as if exact)", () => {
    // 洛阳 2023: 新建5G基站462个 — reported as 约462, 462个左右, 460余个.
    expect(readTypedFigure("约462")).toEqual({ problem: "approximate", words: ["约"], value: "462" });
    expect(readTypedFigure("大约 ４６２")).toEqual({ problem: "approximate", words: ["大约"], value: "462" });
    expect(readTypedFigure("462左右")).toEqual({ problem: "approximate", words: ["左右"], value: "462" });
    expect(readTypedFigure("６０左右")).toEqual({ problem: "approximate", words: ["左右"], value: "60" });
    expect(readTypedFigure("1,200以上")).toEqual({ problem: "approximate", words: ["以上"], value: "1,200" });
    expect(readTypedFigure("约462左右")).toEqual({ problem: "approximate", words: ["约", "左右"], value: "462" });
    expect(readTypedFigure("500+")).toEqual({ problem: "approximate", words: ["+"], value: "500" });
    expect(readTypedFigure("about 462")).toEqual({ problem: "approximate", words: ["about"], value: "462" });
    expect(readTypedFigure("约四百六十二")).toEqual({ problem: "approximate", words: ["约"], value: "462" });
    // With a unit typed too, the number shown could be in another unit than the commitment's: no example.
    expect(readTypedFigure("462个左右")).toEqual({ problem: "approximate", words: ["左右"] });
    expect(readTypedFigure("460余个")).toEqual({ problem: "approximate", words: ["余"] });
    expect(readTypedFigure("3000多万元")).toEqual({ problem: "approximate", words: ["多"] });
    expect(readTypedFigure("5%左右")).toEqual({ problem: "approximate", words: ["左右"] });
    // 四百多 is not 400; 三百五 could be 350 or 305.
    expect(readTypedFigure("四百多")).toEqual({ problem: "approximate", words: ["多"], value: "400" });
    expect(readTypedFigure("约三百五")).toEqual({ problem: "approximate", words: ["约"] });
  });
});

describe("a figure typed in Chinese numerals", () => {
  it("is refused, with the digits it means when the whole text reads one way only", () => {
    expect(readTypedFigure("四百六十二")).toEqual({ problem: "chineseNumeral", value: "462" });
    expect(readTypedFigure(" 一点五 ")).toEqual({ problem: "chineseNumeral", value: "1.5" });
    expect(readTypedFigure("负三")).toEqual({ problem: "chineseNumeral", value: "-3" });
    expect(readTypedFigure("三百五")).toEqual({ problem: "chineseNumeral" });
    expect(readTypedFigure("十万")).toEqual({ problem: "chineseNumeral" });
    expect(readTypedFigure("三百个")).toEqual({ problem: "chineseNumeral" });
  });
});

describe("a figure typed with a Chinese input method", () => {
  it("is read: full-width digits and grouped thousands are the number they show", () => {
    expect(readTypedFigure("４６２")).toEqual({ figure: 462 });
    expect(readTypedFigure("1,234")).toEqual({ figure: 1234 });
    expect(readTypedFigure("１，２３４．５")).toEqual({ figure: 1234.5 });
    expect(readTypedFigure("－３")).toEqual({ figure: -3 });
  });
});

describe("the wording of a refused figure", () => {
  it("shows the figure meant only when there is one", () => {
    const said = (text: string) => {
      const read = readTypedFigure(text);
      return "problem" in read ? [figureWording(read), figureWordingParams(read)] : null;
    };
    expect(said("约462")).toEqual(["approximateFigure", { words: ["约"], value: "462" }]);
    expect(said("462个左右")).toEqual(["approximate", { words: ["左右"] }]);
    expect(said("四百六十二")).toEqual(["chineseNumeralFigure", { value: "462" }]);
    expect(said("三百个")).toEqual(["chineseNumeral", {}]);
    expect(said("462个")).toEqual(["unit", {}]);
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
