import { describe, expect, it } from "vitest";
import { chineseNumeralValue, startsWithChineseNumeral } from "./chinese-numeral";

describe("Chinese numerals typed for a figure", () => {
  it("are read as the digits they mean when they can be read one way only", () => {
    const cases: [string, string][] = [
      ["四百六十二", "462"],
      ["十二", "12"],
      ["二十", "20"],
      ["一百零五", "105"],
      ["一千零五十", "1050"],
      ["两千三百", "2300"],
      ["一万二千", "12000"],
      ["三万零五百", "30500"],
      ["十万零五", "100005"],
      ["一亿二千万零八", "120000008"],
      ["三百八十八", "388"],
      ["一点五", "1.5"],
      ["零点七", "0.7"],
      ["负三", "-3"],
      ["-二点五", "-2.5"],
      ["四六二", "462"],
      ["二〇二三", "2023"],
      ["壹佰贰拾", "120"],
      ["零", "0"],
      ["七", "7"],
    ];
    for (const [text, digits] of cases) expect(chineseNumeralValue(text), text).toBe(digits);
  });

  it("are not read when said short, out of order, or ending on a scale word the unit may hold", () => {
    // 三百五 is 350 in speech, 一万五 15000; 十万 against 万个 is 10, against 个 100000 (as "10万" is refused).
    for (const text of ["三百五", "一万五", "十万", "三亿", "一百五十万", "五百四千", "一百零五十", "百", "一十零五", "零五", "二两", "点五", "一点", "一点二点三", "五百零"]) {
      expect(chineseNumeralValue(text), text).toBeNull();
    }
  });

  it("start a text when a digit or 十 begins it, not a scale or 百 alone", () => {
    expect(startsWithChineseNumeral("三百个")).toBe("三百");
    expect(startsWithChineseNumeral("四百六十二")).toBe("四百六十二");
    expect(startsWithChineseNumeral("百分之五十")).toBeNull();
    expect(startsWithChineseNumeral("万")).toBeNull();
    expect(startsWithChineseNumeral("462")).toBeNull();
    expect(startsWithChineseNumeral("已完成")).toBeNull();
  });
});
