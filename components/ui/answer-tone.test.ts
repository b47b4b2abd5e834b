import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import { AnswerInPlace } from "./answer-in-place";
import { answerTone } from "./answer-tone";
import { FormMessage } from "./form-message";

const merged = "已将市乡村振兴局并入市农业农村局：转入目标任务 2 项、用户 0 人。";
const warned: FormState = { status: "success", message: `${merged}市农业农村局现在没有启用的经办人：…`, tone: "warning", submittedAt: 1 };
const done: FormState = { status: "success", message: merged, submittedAt: 1 };
const refused: FormState = { status: "error", message: "请选择要并入的部门。", submittedAt: 1 };

/** The answer's element as rendered: its role, tone and classes. */
function answerOf(html: string) {
  const attribute = (name: string) => html.match(new RegExp(`${name}="([^"]*)"`))?.[1];
  return { role: attribute("role"), live: attribute("aria-live"), tone: attribute("data-tone"), className: attribute("class") ?? "" };
}

describe("a success that leaves something to do is said as a warning, not as a success", () => {
  it("reads the tone from the answer: a refusal, a warning, or a success", () => {
    expect(answerTone(refused)).toBe("error");
    expect(answerTone(warned)).toBe("warning");
    expect(answerTone(done)).toBe("success");
    // A tone on a refusal changes nothing: it is a refusal.
    expect(answerTone({ ...refused, tone: "warning" })).toBe("error");
  });

  it("shows it among a form's fields in the warning's colour and bar, announced as a success is (role status, polite)", () => {
    const warning = answerOf(renderToStaticMarkup(createElement(FormMessage, { state: warned })));
    expect(warning).toMatchObject({ role: "status", live: "polite", tone: "warning" });
    expect(warning.className).toContain("text-amber-800");
    expect(warning.className).toContain("border-amber-400");
    const success = answerOf(renderToStaticMarkup(createElement(FormMessage, { state: done })));
    expect(success).toMatchObject({ role: "status", live: "polite", tone: "success" });
    expect(success.className).toContain("text-green-700");
    expect(success.className).not.toContain("amber");
    expect(answerOf(renderToStaticMarkup(createElement(FormMessage, { state: refused })))).toMatchObject({ role: "alert", tone: "error" });
    // No answer yet: an empty live region, in no tone.
    expect(answerOf(renderToStaticMarkup(createElement(FormMessage, { state: { status: "idle" } })))).toMatchObject({ role: "status", tone: undefined });
  });

  it("shows it where the form was (a merge takes its form away) in the page's warning box", () => {
    const warning = answerOf(renderToStaticMarkup(createElement(AnswerInPlace, { state: warned, className: "p-2" })));
    expect(warning).toMatchObject({ role: "status", live: "polite", tone: "warning" });
    expect(warning.className).toContain("bg-amber-50");
    const success = answerOf(renderToStaticMarkup(createElement(AnswerInPlace, { state: done, className: "p-2" })));
    expect(success).toMatchObject({ role: "status", tone: "success" });
    expect(success.className).toContain("bg-green-50");
  });
});
