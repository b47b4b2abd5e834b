import { describe, expect, it } from "vitest";
import { canonicalListQuery, filtersToQuery, isNarrowed, parseCommitmentFilters } from "./filters";

describe("commitment list filters in the URL", () => {
  it("reads every filter and keeps Chinese free text", () => {
    const f = parseCommitmentFilters({ report: "1", department: "3", status: "BEHIND", q: " 高标准农田 ", dueFrom: "2023-01-01", sort: "deadline", dir: "desc", page: "2", size: "100" });
    expect(f).toEqual({ report: 1, department: 3, status: "BEHIND", q: "高标准农田", dueFrom: "2023-01-01", sort: "deadline", dir: "desc", page: 2, size: 100, section: undefined, kind: undefined, dueTo: undefined });
  });
  it("reads the responsible official by id, as a filter that narrows the list", () => {
    const f = parseCommitmentFilters({ responsible: "42", open: "1" });
    expect(f).toMatchObject({ responsible: 42, open: "1" });
    expect(isNarrowed(f)).toBe(true);
    expect(isNarrowed(parseCommitmentFilters({ responsible: "someone" }))).toBe(false);
    expect(filtersToQuery(f)).toBe("?responsible=42&open=1");
    expect(canonicalListQuery({ responsible: "42", open: "1", department: "" })).toBe("?responsible=42&open=1");
    expect(canonicalListQuery({ open: "1", responsible: "42" })).toBeNull();
  });
  it("drops what is malformed instead of failing the page", () => {
    const f = parseCommitmentFilters({ report: "abc", status: "EVIL", dueTo: "2023-02-30", sort: "drop table", page: "-4", size: "7" });
    expect(f).toMatchObject({ report: undefined, status: undefined, dueTo: undefined, sort: "position", page: 1, size: 50 });
  });
  it("writes a shareable query without defaults, round-tripping", () => {
    const f = parseCommitmentFilters({ report: "1", q: "乙烯", page: "3" });
    const query = filtersToQuery(f);
    expect(query).toBe("?report=1&q=%E4%B9%99%E7%83%AF&page=3");
    expect(parseCommitmentFilters(Object.fromEntries(new URLSearchParams(query)))).toEqual(f);
    expect(filtersToQuery(f, { page: 1 })).toBe("?report=1&q=%E4%B9%99%E7%83%AF");
  });
});

describe("the list's short address", () => {
  it("turns what the filter form sends (every field, empty ones and defaults) into the short address", () => {
    const sent = { report: "1", section: "", department: "", status: "", open: "", dueFrom: "", dueTo: "", q: "乙烯", sort: "position", dir: "asc", size: "50" };
    expect(canonicalListQuery(sent)).toBe("?report=1&q=%E4%B9%99%E7%83%AF");
    expect(canonicalListQuery({ report: "", section: "", sort: "position", dir: "asc", size: "50" })).toBe("");
    expect(canonicalListQuery({ sort: "deadline", dir: "desc", size: "20", q: "  " })).toBe("?sort=deadline&dir=desc&size=20");
  });
  it("leaves a short address alone, in any order, so that it never redirects twice", () => {
    for (const query of ["", "?department=2", "?page=150", "?report=1&q=%E4%B9%99%E7%83%AF&page=3", "?sort=deadline&dir=desc&size=20&bulk=1"]) {
      const params = Object.fromEntries(new URLSearchParams(query));
      expect(canonicalListQuery(params)).toBeNull();
      expect(canonicalListQuery(Object.fromEntries(Object.entries(params).reverse()))).toBeNull();
    }
  });
  it("drops what is malformed or repeated, and keeps bulk mode", () => {
    expect(canonicalListQuery({ report: "abc", status: "EVIL" })).toBe("");
    expect(canonicalListQuery({ department: ["2", "3"] })).toBe("?department=2");
    expect(canonicalListQuery({ bulk: "1", department: "", size: "100" })).toBe("?size=100&bulk=1");
    expect(canonicalListQuery({ bulk: "yes" })).toBe("");
  });
  it("reads a deadline range typed the wrong way round as the days between", () => {
    expect(parseCommitmentFilters({ dueFrom: "2023-06-01", dueTo: "2023-01-01" })).toMatchObject({ dueFrom: "2023-01-01", dueTo: "2023-06-01" });
    expect(canonicalListQuery({ dueFrom: "2023-06-01", dueTo: "2023-01-01" })).toBe("?dueFrom=2023-01-01&dueTo=2023-06-01");
    expect(canonicalListQuery({ dueFrom: "2023-01-01", dueTo: "2023-01-01" })).toBeNull();
  });
});
