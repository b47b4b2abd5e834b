import { describe, expect, it } from "vitest";
import { otherIssuers, reviewSuggestions } from "./other-issuers";
import type { TImportCandidate } from "./types";

describe("another government's report", () => {
  it("is one whose issuer is none of the imported reports', named once each as imported", () => {
    expect(otherIssuers("北京市人民政府", ["洛阳市人民政府"])).toEqual(["洛阳市人民政府"]);
    expect(otherIssuers("国务院", ["洛阳市人民政府", " 洛阳市 人民政府", "测试"])).toEqual(["洛阳市人民政府", "测试"]);
  });

  it("is not the same issuer typed with other spaces, nor any report's when nothing is imported yet", () => {
    expect(otherIssuers(" 洛阳市　人民政府 ", ["洛阳市人民政府"])).toEqual([]);
    expect(otherIssuers("洛阳市人民政府", ["测试", "洛阳市人民政府"])).toEqual([]);
    expect(otherIssuers("北京市人民政府", [])).toEqual([]);
  });

  it("is not this government's name typed short or with its office, as admins typed it before it was read from the text", () => {
    expect(otherIssuers("洛阳市人民政府", ["洛阳市政府"])).toEqual([]);
    expect(otherIssuers("洛阳市人民政府", ["洛阳市人民政府办公室"])).toEqual([]);
    expect(otherIssuers("洛阳市政府", ["洛阳市 人民政府"])).toEqual([]);
    // Another place is another government whatever the form.
    expect(otherIssuers("北京市政府", ["洛阳市人民政府"])).toEqual(["洛阳市人民政府"]);
    expect(otherIssuers("洛阳市人民政府", ["国务院"])).toEqual(["国务院"]);
  });

  it("has no lead filled in from this instance's departments, for the rows found or added", () => {
    const found = { key: "c1", leadDepartmentId: 7 } as TImportCandidate;
    const keywords = [{ department: "市发展改革委", keywords: ["生产总值"] }];
    expect(reviewSuggestions([found], keywords, ["洛阳市人民政府"])).toEqual({ candidates: [{ key: "c1", leadDepartmentId: null }], keywords: [] });
    expect(reviewSuggestions([found], keywords, [])).toEqual({ candidates: [found], keywords });
  });
});
