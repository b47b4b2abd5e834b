import { describe, expect, it } from "vitest";
import { datumSentence, fillSentence, sentenceIn } from "./sentence";
import { translator } from "./translate";

describe("sentences with data, kept unfilled for the page to mark their data", () => {
  it("puts a sentence in a success message whole: its data stays data", () => {
    for (const [locale, template] of [
      ["zh", "已停用{name}（zhangsan）。"],
      ["en", "{name} (zhangsan) has been disabled."],
    ] as const) {
      const t = translator(locale);
      const subject = { template: t("users.subject", { login: "zhangsan" }), data: { name: "张三" } };
      expect(sentenceIn({ template: t("users.disabledDone"), data: {} }, "name", subject)).toEqual({ template, data: { name: "张三" } });
    }
  });

  it("never reads a datum as a placeholder, and writes the sentence out where only text will do", () => {
    const said = sentenceIn({ template: "已审核通过：{name}", data: {} }, "name", datumSentence("{name} 与 $& 指标"));
    expect(said).toEqual({ template: "已审核通过：{datum}", data: { datum: "{name} 与 $& 指标" } });
    expect(fillSentence(said)).toBe("已审核通过：{name} 与 $& 指标");
  });

  it("leaves the data's placeholders when the reader's own values are filled first", () => {
    const t = translator("zh");
    expect(t("reminder.sentBy", { at: "2023-09-01 10:00" })).toBe("{by} 于 2023-09-01 10:00 催办");
  });
});
