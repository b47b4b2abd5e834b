import { describe, expect, it } from "vitest";
import { quotedWithin } from "./quoted-within";
import { translator } from "./translate";

describe("a quote within our quotes", () => {
  it("turns the quoted text's own double quotes single, so the quotes pair up", () => {
    const note = "单位为“万只”，请按“万头”重报";
    expect(quotedWithin(note)).toBe("单位为‘万只’，请按‘万头’重报");
    expect(translator("zh")("workflow.review.answers", { reviewer: "审核员", note: quotedWithin(note), asOf: "2023-06-30", actual: "80 万只" })).toContain(
      "退回意见“单位为‘万只’，请按‘万头’重报”",
    );
  });
  it("turns straight quotes typed in pairs, and leaves a text without quotes alone", () => {
    expect(quotedWithin('the unit is "10k head", not "head"')).toBe("the unit is ‘10k head’, not ‘head’");
    expect(quotedWithin("请补充佐证材料")).toBe("请补充佐证材料");
  });
});
