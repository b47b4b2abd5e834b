import { describe, expect, it } from "vitest";
import { dataLang } from "./report-lang";

describe("dataLang", () => {
  it("marks a value that is there as Chinese data", () => {
    expect(dataLang("发展改革委")).toBe("zh-CN");
    expect(dataLang({ name: "农业农村局" })).toBe("zh-CN");
    expect(dataLang([{ department: "财政局" }])).toBe("zh-CN");
  });

  it("leaves the reader's own 'none' in the page's language", () => {
    expect(dataLang(null)).toBeUndefined();
    expect(dataLang(undefined)).toBeUndefined();
    expect(dataLang("")).toBeUndefined();
    expect(dataLang([])).toBeUndefined();
  });
});
