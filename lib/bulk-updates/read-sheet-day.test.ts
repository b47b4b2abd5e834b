import { describe, expect, it } from "vitest";
import { readSheetDay } from "./read-sheet-day";

describe("数据截至日期 typed as text in the progress sheet", () => {
  it("reads the year-first spellings WPS, an e-mail or a text cell hand over", () => {
    for (const text of ["2023-09-30", "2023-9-30", "2023/9/30", "2023/09/30", "2023.9.30", "2023年9月30日", "2023年9月30号", "2023年09月30", " 2023 / 9 / 30 "]) {
      expect(readSheetDay(text), text).toBe("2023-09-30");
    }
    // Typed with a Chinese input method: full-width digits and separators, an ideographic full stop.
    for (const text of ["２０２３／９／３０", "２０２３－０９－３０", "２０２３年９月３０日", "2023。9。30", "　2023-9-30　"]) {
      expect(readSheetDay(text), text).toBe("2023-09-30");
    }
    // Compact, and a date-and-time cell stored as text: the clock is no part of the day.
    for (const text of ["20230930", "2023-09-30 8:00", "2023/9/30 08:00:00", "2023年9月30日 17:30", "２０２３０９３０"]) {
      expect(readSheetDay(text), text).toBe("2023-09-30");
    }
    expect(readSheetDay("2024/2/29")).toBe("2024-02-29");
    expect(readSheetDay("2023年1月1日")).toBe("2023-01-01");
  });

  it("refuses a day the calendar lacks, naming it, rather than rolling it over", () => {
    expect(readSheetDay("2023/2/30")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023/2/30" } });
    expect(readSheetDay("2023年2月29日")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023年2月29日" } });
    expect(readSheetDay("2023-13-01")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023-13-01" } });
    expect(readSheetDay("２０２３／４／３１")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023/4/31" } });
    expect(readSheetDay("20230931")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "20230931" } });
    expect(readSheetDay("2023-02-30 8:00")).toEqual({ messageKey: "bulk.error.asOfNoSuchDay", params: { value: "2023-02-30 8:00" } });
  });

  it("asks for the year first where the order of month and day is a guess", () => {
    for (const text of ["9/30/2023", "30/9/2023", "30.09.2023", "9-30-2023", "23/9/30"]) {
      expect(readSheetDay(text), text).toEqual({ messageKey: "bulk.error.asOfNotYearFirst", params: { value: text } });
    }
  });

  it("refuses what is no date, and asks for an empty one", () => {
    for (const text of ["6月底", "2023-9/30", "2023/9", "2023年9月", "2023093", "202309301", "8:00", "2023-09-30 25", "2023-09-308:00", "下月"]) {
      expect(readSheetDay(text), text).toEqual({ messageKey: "bulk.error.asOf" });
    }
    expect(readSheetDay(" ")).toEqual({ messageKey: "bulk.error.asOfMissing" });
  });
});
