import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { verifyCommitmentLabels } from "./labels";

describe("the 核验 form's hint", () => {
  it("speaks of 100% for a figure and of a milestone done only for a milestone", () => {
    for (const locale of ["zh", "en"] as const) {
      const t = translator(locale);
      expect(verifyCommitmentLabels(t, false).hint).toContain("100%");
      expect(verifyCommitmentLabels(t, false).hint).not.toMatch(/节点任务|milestone/);
      expect(verifyCommitmentLabels(t, true).hint).toMatch(/节点任务已完成|milestone done/);
      expect(verifyCommitmentLabels(t, true).hint).not.toContain("100%");
    }
  });
});
