import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommitmentFilters } from "./commitment-filters";

// A <select> inside its <label> is named, by some screen readers and checkers, with its options'
// words too ("类型数量指标节点任务"): each label stands beside its control and points to it.
describe("the list's filter form", () => {
  it("labels each control by its id, never around it", () => {
    const html = renderToStaticMarkup(
      createElement(CommitmentFilters, {
        fields: [
          { name: "kind", label: "类型", value: undefined, options: [{ value: "NUMERIC", label: "数量指标" }, { value: "MILESTONE", label: "节点任务" }] },
          { name: "q", label: "搜索", value: "农田" },
        ],
        labels: { title: "筛选", apply: "筛选", reset: "清除", all: "全部" },
        resetHref: "/commitments",
      }),
    );
    expect(html).toMatch(/<label for="filter-kind"[^>]*>类型<\/label><select [^>]*id="filter-kind"/);
    expect(html).toMatch(/<label for="filter-q"[^>]*>搜索<\/label><input [^>]*id="filter-q"/);
    // No label holds a control.
    expect(html).not.toMatch(/<label[^>]*>(?:(?!<\/label>).)*<(?:select|input)/s);
  });
});
