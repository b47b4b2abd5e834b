import { describe, expect, it } from "vitest";
import { withColon } from "./label-colon";

describe("withColon", () => {
  it("writes a Chinese label with the full-width colon and no space, an English one with ': '", () => {
    expect(withColon("退回意见")).toBe("退回意见：");
    expect(withColon("完成率（%）")).toBe("完成率（%）：");
    expect(withColon("Review note")).toBe("Review note: ");
    expect(withColon("Completion (%)")).toBe("Completion (%): ");
  });
});
