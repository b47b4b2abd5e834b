import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerText } from "./answer-text";
import { SentenceWithData } from "./sentence-with-data";

describe("names inside our sentences are marked as Chinese data", () => {
  it("marks each datum, not the sentence around it", () => {
    const html = renderToStaticMarkup(createElement(SentenceWithData, { template: "Verified by {by}, 2023-07-03", data: { by: "督查室" } }));
    expect(html).toBe('Verified by <span lang="zh-CN">督查室</span>, 2023-07-03');
  });

  it("makes a quoted datum's own double quotes single, as fillMessage does", () => {
    const html = renderToStaticMarkup(createElement(SentenceWithData, { template: "“{indicator}”还有进展待审核。", data: { indicator: "“一村一品”全国示范村" } }));
    expect(html).toBe('“<span lang="zh-CN">‘一村一品’全国示范村</span>”还有进展待审核。');
  });

  it("shows a form's answer that names someone with the name marked, a plain answer as it is", () => {
    const named = { status: "success" as const, message: "张三 (zhangsan) has been disabled.", sentence: { template: "{name} (zhangsan) has been disabled.", data: { name: "张三" } } };
    expect(renderToStaticMarkup(createElement(AnswerText, { state: named }))).toBe('<span lang="zh-CN">张三</span> (zhangsan) has been disabled.');
    expect(renderToStaticMarkup(createElement(AnswerText, { state: { status: "success", message: "Saved." } }))).toBe("Saved.");
  });

  it("gives a refusal its way on: the page of what it is about, linked after the reason", () => {
    const refused = { status: "error" as const, message: "This user is responsible for 17 open commitments and cannot be disabled.", link: { href: "/commitments?responsible=9&open=1", label: "See the 17 commitments" } };
    expect(renderToStaticMarkup(createElement(AnswerText, { state: refused }))).toBe(
      'This user is responsible for 17 open commitments and cannot be disabled. <a class="underline" href="/commitments?responsible=9&amp;open=1">See the 17 commitments</a>',
    );
  });

  it("opens the way to sign in again in a new tab, so the page keeps what was typed", () => {
    const ended = { status: "error" as const, message: "登录已失效，本次操作未执行。请重新登录后回到本页再试。", link: { href: "/login?ended=1&callbackUrl=%2Freview", label: "在新标签页中重新登录", newTab: true as const } };
    expect(renderToStaticMarkup(createElement(AnswerText, { state: ended }))).toBe(
      '登录已失效，本次操作未执行。请重新登录后回到本页再试。 <a class="underline" target="_blank" rel="noopener" href="/login?ended=1&amp;callbackUrl=%2Freview">在新标签页中重新登录</a>',
    );
  });
});

