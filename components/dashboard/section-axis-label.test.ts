import { describe, expect, it } from "vitest";
import { sectionAxisLabel } from "./section-axis-label";

describe("sectionAxisLabel", () => {
  it("keeps a name that fits", () => {
    expect(sectionAxisLabel("二 2023 年主要目标任务")).toBe("二\u00a02023\u00a0年主要目标任务");
  });

  it("cuts a long section name of the Luoyang report and says it was cut", () => {
    const label = sectionAxisLabel("三(一) 全面开展“四大行动”，推动经济发展稳中有进");
    expect(label).toBe("三(一)\u00a0全面开展“四大行动”，推动经…");
    expect(Array.from(label)).toHaveLength(20);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(sectionAxisLabel("𠀀".repeat(5), 4)).toBe("𠀀𠀀𠀀…");
  });
});
