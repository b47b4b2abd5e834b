import { describe, expect, it } from "vitest";
import { extractReport } from "@/lib/extract";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { toNewCommitment } from "@/lib/reports/from-extraction";
import { toDraftCandidate } from "./draft-candidate";

describe("a draft candidate", () => {
  const [found] = extractReport(miniReport("确保天街洛南段牡丹文化节前完工。", { year: 2023 })).commitments.filter((c) => c.section !== "二");

  it("names the occasion its deadline is, for the review to ask its day", () => {
    expect(toDraftCandidate(found, 0, new Map())).toMatchObject({ key: "c1", deadline: "2023-12-31", deadlineStated: false, deadlineOccasion: "牡丹文化节前" });
  });

  it("is stored without it once accepted (the commitment has its day or the year's end)", () => {
    expect(toNewCommitment(found, new Map())).not.toHaveProperty("deadlineOccasion");
  });
});
