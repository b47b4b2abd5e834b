import { describe, expect, it } from "vitest";
import { bracketedAfter, withColon } from "./label-punctuation";

describe("punctuation around a translated label", () => {
  it("writes a Chinese label with the full-width colon and no space, an English one with ': '", () => {
    expect(withColon("退回意见")).toBe("退回意见：");
    expect(withColon("完成率（%）")).toBe("完成率（%）：");
    expect(withColon("Review note")).toBe("Review note: ");
    expect(withColon("Completion (%)")).toBe("Completion (%): ");
  });
  it("brackets an aside as the label's language does", () => {
    expect(bracketedAfter("需要报送进展的目标任务", "20+")).toBe("（20+）");
    expect(bracketedAfter("Commitments to report on", "20+")).toBe(" (20+)");
  });
});
