import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { personInSentence, personSentence, personText } from "./person-name";

const zh = translator("zh");
const en = translator("en");

describe("a person named for what they did, marked once their account is disabled", () => {
  it("is the name alone while the account is active", () => {
    expect(personText({ name: "张伟", disabled: false }, zh)).toBe("张伟");
    expect(personSentence({ name: "张伟", disabled: false }, en)).toEqual({ template: "{name}", data: { name: "张伟" } });
  });
  it("says the account is disabled in the reader's words, the name kept as data", () => {
    expect(personText({ name: "张伟", disabled: true }, zh)).toBe("张伟（已停用）");
    expect(personText({ name: "张伟", disabled: true }, en)).toBe("张伟 (disabled)");
    expect(personSentence({ name: "张伟", disabled: true }, en)).toEqual({ template: "{name} (disabled)", data: { name: "张伟" } });
  });
  it("goes into one of our sentences in its datum's place, marked only when disabled", () => {
    expect(personInSentence("已核验：{by}，2023-07-03", "by", { name: "督查室", disabled: false }, zh("people.disabledName"))).toEqual({ template: "已核验：{by}，2023-07-03", data: { by: "督查室" } });
    expect(personInSentence("已核验：{by}，2023-07-03", "by", { name: "督查室", disabled: true }, zh("people.disabledName"))).toEqual({ template: "已核验：{by}（已停用），2023-07-03", data: { by: "督查室" } });
    expect(personInSentence("Verified by {by}, 2023-07-03", "by", { name: "督查室", disabled: true }, en("people.disabledName"))).toEqual({ template: "Verified by {by} (disabled), 2023-07-03", data: { by: "督查室" } });
  });
});
