import { describe, expect, it } from "vitest";
import { segmentParagraphs } from "./segment-text";

describe("segmentParagraphs", () => {
  const text = "一、目标\n实施388个重大项目，年度完成投资2600亿元。\n\n二、安排";
  it("splits lines into paragraphs and marks highlighted spans with their id", () => {
    const start = text.indexOf("实施388个");
    const end = start + "实施388个重大项目".length;
    const paragraphs = segmentParagraphs(text, [{ start, end, id: "c-1" }]);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1].segments).toEqual([
      { text: "实施388个重大项目", highlightId: "c-1" },
      { text: "，年度完成投资2600亿元。", highlightId: null },
    ]);
  });
  it("renders every character once when highlights overlap", () => {
    const start = text.indexOf("实施");
    const paragraphs = segmentParagraphs(text, [
      { start, end: start + 8, id: "a" },
      { start: start + 4, end: start + 12, id: "b" },
    ]);
    expect(paragraphs[1].segments.map((s) => s.text).join("")).toBe(text.split("\n")[1]);
  });
});
