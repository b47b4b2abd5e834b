import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";

// Rendered without a document, the page says both languages (as on the server).
const render = (digest?: string) => renderToStaticMarkup(createElement(ErrorPage, { error: Object.assign(new Error("boom"), digest ? { digest } : {}), reset: () => {} }));

describe("the error page", () => {
  it("shows the error number it asks for, when the server gave one", () => {
    const html = render("2871634950");
    expect(html).toContain("请联系系统管理员并提供下面的错误编号。");
    expect(html).toContain("tell your administrator the error number below.");
    expect(html).toMatch(/错误编号：<span[^>]*>2871634950<\/span>/);
  });

  it("asks for no number when there is none (an error of the browser's own, such as an answer it could not read)", () => {
    const html = render();
    expect(html).toContain("请稍后重试；如果问题持续，请联系系统管理员。");
    expect(html).toContain("Please try again; if it keeps happening, tell your administrator.");
    expect(html).not.toContain("错误编号");
    expect(html).not.toContain("error number");
    // Nothing of the error itself reaches the reader.
    expect(html).not.toContain("boom");
  });
});
