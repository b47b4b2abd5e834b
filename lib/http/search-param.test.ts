import { describe, expect, it } from "vitest";
import { dayParam, searchParam } from "./search-param";

describe("a list's search and day filters from the URL", () => {
  it("drop NUL characters, trim, and read empty or too long as no search", () => {
    const q = searchParam(10);
    expect(q.parse("\0")).toBeUndefined();
    expect(q.parse(" a\0b ")).toBe("ab");
    expect(q.parse("")).toBeUndefined();
    expect(q.parse(undefined)).toBeUndefined();
    expect(q.parse("x".repeat(11))).toBeUndefined();
  });

  it("read days from 1900 on, anything else as none", () => {
    expect(dayParam.parse("2023-06-30")).toBe("2023-06-30");
    expect(dayParam.parse("1900-01-01")).toBe("1900-01-01");
    expect(dayParam.parse("0001-01-01")).toBeUndefined();
    expect(dayParam.parse("2023-02-30")).toBeUndefined();
  });
});
