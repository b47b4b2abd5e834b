import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { asOfRangeHint, submitUpdateLabels } from "./labels";

describe("the hint under 数据截至日期", () => {
  it("says the days a reading may be as of, in the reader's language", () => {
    expect(asOfRangeHint(submitUpdateLabels(translator("zh"), "zh"), "2023-01-01", "2023-12-01")).toBe("可选 2023-01-01（报告年度首日）至 2023-12-01（今天）之间的日期。");
    expect(asOfRangeHint(submitUpdateLabels(translator("en"), "en"), "2023-01-01", "2023-12-01")).toBe("Any day from 2023-01-01 (the first of the report year) to 2023-12-01 (today).");
  });

  it("says when the report's year has not begun, rather than a range that ends before it starts", () => {
    expect(asOfRangeHint(submitUpdateLabels(translator("zh"), "zh"), "2027-01-01", "2026-12-07")).toBe("报告年度从 2027-01-01 开始，届时才能报送进展。");
  });

  it("says nothing when the days are not known", () => {
    expect(asOfRangeHint(submitUpdateLabels(translator("zh"), "zh"), undefined, "2023-12-01")).toBeUndefined();
  });
});

describe("the actual value's label", () => {
  it("names the unit a figure is typed in, in the reader's language, and none for a measure word English drops", () => {
    expect(submitUpdateLabels(translator("zh"), "zh", "个").actual).toBe("实际完成值（个）");
    expect(submitUpdateLabels(translator("zh"), "zh", "亿元").actual).toBe("实际完成值（亿元）");
    expect(submitUpdateLabels(translator("en"), "en", "个").actual).toBe("Actual value");
    expect(submitUpdateLabels(translator("en"), "en", "亿元").actual).toBe("Actual value (100 million yuan)");
    expect(submitUpdateLabels(translator("en"), "en", "个百分点").actual).toBe("Actual value (percentage points)");
    expect(submitUpdateLabels(translator("en"), "en", null).actual).toBe("Actual value");
  });
});
