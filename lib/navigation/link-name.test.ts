import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { linkNameWithBadge } from "./link-name";

describe("a menu link's name with its badge", () => {
  it("is the label and what the badge counts, as one phrase in the reader's language", () => {
    expect(linkNameWithBadge("My work", "11", translator("en"))).toBe("My work, 11 to do");
    expect(linkNameWithBadge("我的工作", "11", translator("zh"))).toBe("我的工作，11 项待办");
    expect(linkNameWithBadge("My work", "99+", translator("en"))).toBe("My work, 99+ to do");
  });

  it("is the link's own text without a badge", () => {
    expect(linkNameWithBadge("My work", undefined, translator("en"))).toBeUndefined();
  });
});
