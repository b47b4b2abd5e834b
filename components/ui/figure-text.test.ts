import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureText } from "./figure-text";

describe("a figure with its unit", () => {
  it("is marked Chinese while it holds the report's unit, and left the reader's once written in English", () => {
    expect(renderToStaticMarkup(createElement(FigureText, { text: "12吨二氧化碳" }))).toBe('<span lang="zh-CN">12吨二氧化碳</span>');
    expect(renderToStaticMarkup(createElement(FigureText, { text: "20,000 tonnes" }))).toBe("<span>20,000 tonnes</span>");
  });
});
